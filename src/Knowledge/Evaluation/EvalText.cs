using System.Text;

namespace Edge.Knowledge.Evaluation;

/// <summary>Normalisation before comparing: NFKC, lower case, collapsed whitespace, no quotes, dashes as '-'.</summary>
public static class EvalText
{
    /// <summary>The normalised form of a text.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            switch (c)
            {
                case '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u201E' or '\u00AB' or '\u00BB':
                    break;
                case '\u2013' or '\u2014':
                    builder.Append('-');
                    break;
                default:
                    builder.Append(char.IsWhiteSpace(c) ? ' ' : c);
                    break;
            }
        }
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
