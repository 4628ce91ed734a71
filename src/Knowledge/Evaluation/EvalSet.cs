namespace Edge.Knowledge.Evaluation;

/// <summary>A question set and the collection it is asked against.</summary>
/// <param name="Name">Short name for reports: the collection, or the file name without extension.</param>
/// <param name="Collection">Collection the questions are asked against; null for all collections.</param>
/// <param name="File">Path of the .jsonl file.</param>
/// <param name="Questions">The questions.</param>
public sealed record EvalSet(string Name, string? Collection, string File, IReadOnlyList<EvalQuestion> Questions)
{
    /// <summary>
    /// Reads <c>COLLECTION=QUESTIONS.jsonl</c> or <c>QUESTIONS.jsonl</c> (asked against
    /// <paramref name="defaultCollection"/>).
    /// </summary>
    /// <exception cref="InvalidDataException">A line of the file is not a valid question.</exception>
    public static EvalSet Load(string argument, string? defaultCollection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(argument);
        var separator = argument.IndexOf('=', StringComparison.Ordinal);
        var (collection, file) = separator > 0 && !System.IO.File.Exists(argument)
            ? (argument[..separator], argument[(separator + 1)..])
            : (defaultCollection, argument);
        if (!System.IO.File.Exists(file))
            throw new FileNotFoundException($"question set not found: {file}", file);
        var name = collection ?? Path.GetFileNameWithoutExtension(file);
        return new EvalSet(name, collection, file, EvalQuestion.Load(file));
    }
}

/// <summary>The evaluation of one question set.</summary>
public sealed record EvalSetReport(string Name, string? Collection, string File, EvalReport Report);

/// <summary>
/// Several question sets evaluated together: each set's own report, and the macro average (each
/// metric averaged over the sets, so a small set counts as much as a large one).
/// </summary>
public sealed record EvalSuiteReport(IReadOnlyList<EvalSetReport> Sets, IReadOnlyList<EvalMetrics> Macro);
