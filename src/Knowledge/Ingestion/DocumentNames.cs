namespace Edge.Knowledge.Ingestion;

/// <summary>
/// The rule for a document's name, its identity in a collection and what citations show: printable,
/// relative, without "." or ".." segments. Ingestion and pack installation apply the same rule, so a
/// name that could break a line of output or point outside a folder never gets in.
/// </summary>
public static class DocumentNames
{
    /// <summary>Longest name accepted, in characters.</summary>
    internal const int MaxLength = 255;

    /// <summary>Why a name whose bytes were not UTF-8 cannot be read.</summary>
    internal const string UndecodableReason = "the file name is not valid UTF-8 and cannot be opened; rename the file (e.g. convmv -f latin1 -t utf8)";

    /// <summary>True when the name holds U+FFFD, which is what .NET makes of bytes that are not UTF-8.</summary>
    internal static bool HasUndecodableBytes(string name) => name.Contains('\uFFFD', StringComparison.Ordinal);

    /// <summary>Why <paramref name="name"/> is not acceptable, or null when it is.</summary>
    internal static string? Problem(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
            return "the document name is empty";
        if (name.Length > MaxLength)
            return $"the document name is longer than {MaxLength} characters";
        if (name.Any(char.IsControl))
            return "the document name contains control characters (such as a line break); rename the file";
        if (HasUndecodableBytes(name))
            return UndecodableReason;
        if (name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || (name.Length > 1 && name[1] == ':'))
            return "the document name is an absolute path";
        if (name.Split('/').Any(segment => segment is "" or "." or ".."))
            return "the document name has an empty, \".\" or \"..\" segment";
        return null;
    }

    /// <summary>
    /// The name (or any text from a file system) for one line of terminal output: control
    /// characters are shown escaped (a line break as \n), so a name can never split or forge a line.
    /// </summary>
    public static string Printable(string text)
    {
        if (!text.Any(char.IsControl))
            return text;
        var printable = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            printable.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\x{(int)c:X2}",
                _ => c.ToString(),
            });
        }
        return printable.ToString();
    }
}
