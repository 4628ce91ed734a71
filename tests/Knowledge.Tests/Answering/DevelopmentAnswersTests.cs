using System.Text.RegularExpressions;
using Edge.Knowledge.Answering;
using Edge.Knowledge.Evaluation;
using Edge.Knowledge.Tests.KnowledgeBase;
using Edge.Knowledge.Tests.TestSupport;

namespace Edge.Knowledge.Tests.Answers;

/// <summary>
/// Every question of every development set that is present on this machine, asked for real:
/// each answer must be readable — no comment markers, no dangling introduction at its end, no
/// piece of a sentence at its start, configuration lines only for a question about a setting,
/// numbered steps in order.
/// </summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed partial class DevelopmentAnswersTests(MiniLmEmbedder embedder)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SampleManuals_EveryAnswerIsReadable()
    {
        using var services = KnowledgeServices.Create(embedder);
        services.Knowledge.Ingest(RepoFiles.CanonicalManuals, cancellationToken: Ct);
        await AssertReadableAsync(services, EvalQuestion.Load(RepoFiles.SampleQuestions));
    }

    [Theory]
    [InlineData("klipper")]
    [InlineData("kicad")]
    public async Task SharedDevelopmentSet_EveryAnswerIsReadable(string name)
    {
        var folder = SharedCorpora.Find(name);
        Assert.SkipWhen(folder is null, $"development set {name} not found (shared/corpora/{name} above the test folder)");
        using var services = KnowledgeServices.Create(embedder);
        services.Knowledge.Ingest([Path.Combine(folder!, "corpus")], name, cancellationToken: Ct);
        await AssertReadableAsync(services, EvalQuestion.Load(Path.Combine(folder!, "questions.jsonl")), name);
    }

    private static async Task AssertReadableAsync(KnowledgeServices services, IReadOnlyList<EvalQuestion> questions, string? collection = null)
    {
        var problems = new List<string>();
        var answered = 0;
        foreach (var question in questions)
        {
            var answer = await services.Assistant.AskAsync(new Question(question.Question, collection), cancellationToken: Ct);
            if (!answer.Grounded)
                continue;
            answered++;
            problems.AddRange(Problems(question.Question, answer.Text).Select(p => $"{question.Id}: {p}: {answer.Text}"));
        }
        Assert.True(answered >= questions.Count / 2, $"only {answered} of {questions.Count} answered");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
    }

    private static IEnumerable<string> Problems(string question, string answer)
    {
        if (CommentMarker().IsMatch(answer))
            yield return "comment marker";
        if (answer.TrimEnd().EndsWith(':'))
            yield return "ends by introducing nothing";
        foreach (Match part in PartStart().Matches(answer))
        {
            if (PieceOfSentence().IsMatch(part.Groups["start"].Value))
                yield return "starts in the middle of a sentence";
        }
        foreach (Match line in ConfigurationLine().Matches(answer))
        {
            // Allowed for a question about a setting, or one that names the line's key or a part of it.
            var named = line.Groups["key"].Value.Split('_').Where(p => p.Length >= 3).Append(line.Groups["value"].Value)
                .Any(p => question.Contains(p, StringComparison.OrdinalIgnoreCase));
            if (!SettingQuestion().IsMatch(question) && !named)
                yield return $"configuration line '{line.Value}' for a question about no setting";
        }
        var steps = StepNumber().Matches(answer).Select(m => int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i] != steps[i - 1] + 1 && steps[i] != 1)
                yield return $"steps out of order ({string.Join(", ", steps)})";
        }
    }

    [GeneratedRegex(@"(^|\s)(#{1,6}|//)\s")]
    private static partial Regex CommentMarker();

    // The text after the source ("According to …:") and after each "See also …:".
    [GeneratedRegex(@"(?:(?:According to|Laut) [^\n]*?|(?:See also|Siehe auch) [“„][^”“]*[”“]):\s(?<start>\S+(?:\s\S+){0,3})")]
    private static partial Regex PartStart();

    // Four lower-case words: prose that began elsewhere (an identifier or command is not).
    [GeneratedRegex(@"^\p{Ll}[\p{Ll}']*\s\p{Ll}+\s\p{Ll}+\s\p{Ll}+$")]
    private static partial Regex PieceOfSentence();

    // A configuration line standing on its own (after a sentence or at the start), not a key quoted in prose.
    [GeneratedRegex(@"(?:^|[.!?:)]\s)(?<key>[a-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+)\s*[:=]\s*(?<value>\S+)")]
    private static partial Regex ConfigurationLine();

    [GeneratedRegex(@"\b(setting|settings|parameter|parameters|config|configure|configuration|value|einstell\w*|parameter\w*|konfigur\w*|wert\w*)\b|\bstell\w*\b.*\bein\b|\b[a-z][a-z0-9]*(_[a-z0-9]+)+\b", RegexOptions.IgnoreCase)]
    private static partial Regex SettingQuestion();

    [GeneratedRegex(@"(?:^|\s)(?<n>\d{1,2})\.\s\p{Lu}")]
    private static partial Regex StepNumber();
}
