using System.Text.RegularExpressions;

namespace Edge.Knowledge;

/// <summary>Rules for collection names: lower-case letters, digits, '.', '_' and '-', up to 64 characters.</summary>
public static partial class CollectionName
{
    /// <summary>The accepted form.</summary>
    public const string Pattern = "^[a-z0-9][a-z0-9._-]{0,63}$";

    /// <summary>Lower-cases and trims a name and checks it; throws <see cref="ArgumentException"/> with a one-line reason.</summary>
    public static string Normalize(string name)
    {
        var normalized = (name ?? "").Trim().ToLowerInvariant();
        if (!Valid().IsMatch(normalized))
            throw new ArgumentException($"invalid collection name '{name}': use letters, digits, '.', '_' or '-' (up to 64)");
        return normalized;
    }

    [GeneratedRegex(Pattern)]
    private static partial Regex Valid();
}
