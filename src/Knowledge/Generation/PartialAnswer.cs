using System.Text;

namespace Edge.Knowledge.Generation;

/// <summary>
/// The growing answer as a panel should show it while tokens stream in: source ids removed, an id
/// still being written held back. Works on each new piece only, so a token costs the same at the
/// end of a long answer as at its start (apart from handing out the string).
/// </summary>
internal sealed class PartialAnswer
{
    // "[S1, S2, S3]" is 12 characters; an unclosed bracket further back is ordinary text.
    private const int LongestId = 12;
    private static readonly char[] Openers = ['[', '('];
    private static readonly char[] Closers = [']', ')'];

    private readonly StringBuilder visible = new();
    private string pending = "";

    /// <summary>Adds a decoded piece; returns the text to show when it changed, else null.</summary>
    public string? Append(string piece)
    {
        pending += piece;
        int settle = pending.Length;
        int open = pending.LastIndexOfAny(Openers);
        if (open >= 0 && pending.Length - open <= LongestId && pending.IndexOfAny(Closers, open) < 0) settle = open;

        // Trailing spaces wait too: an id removed later takes the space before it along.
        while (settle > 0 && char.IsWhiteSpace(pending[settle - 1])) settle--;
        if (settle == 0) return null;

        var chunk = pending[..settle];
        pending = pending[settle..];
        if (chunk.IndexOfAny(Openers) >= 0) chunk = SourceIds.RemoveMarkers(chunk);
        if (visible.Length == 0) chunk = chunk.TrimStart();
        if (chunk.Length == 0) return null;

        visible.Append(chunk);
        return visible.ToString();
    }
}
