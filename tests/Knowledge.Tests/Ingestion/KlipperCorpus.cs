using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>Locates the shared Klipper evaluation corpus (used by path, never copied) and reads its questions.</summary>
internal static partial class KlipperCorpus
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The folder holding corpus/ and questions.jsonl, or null when it is not on this machine.</summary>
    public static string? Folder => Root.Value;

    /// <summary>Skips the calling test, visibly, when the corpus is missing.</summary>
    public static string RequireFolder()
    {
        var folder = Folder;
        Assert.SkipWhen(folder is null, "Klipper corpus not found (looked for shared/corpora/klipper above the test folder and in EDGE_KLIPPER_CORPUS)");
        return folder!;
    }

    /// <summary>Every expected (document, section, page) of the answerable questions.</summary>
    public static List<Expectation> Expectations(string folder)
    {
        var result = new List<Expectation>();
        foreach (var line in File.ReadLines(Path.Combine(folder, "questions.jsonl")).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            foreach (var expected in json.RootElement.GetProperty("expected").EnumerateArray())
            {
                var page = expected.GetProperty("page");
                result.Add(new Expectation(id, expected.GetProperty("document").GetString()!, expected.GetProperty("section").GetString()!,
                    page.ValueKind == JsonValueKind.Number ? page.GetInt32() : null));
            }
        }

        return result;
    }

    /// <summary>The corpus README's normalisation: NFKC, lower case, collapsed whitespace, no quotes, dashes as '-'.</summary>
    public static string Normalize(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        s = Regex.Replace(s, "[\"'\u2018\u2019\u201C\u201D]", string.Empty);
        s = s.Replace('\u2013', '-').Replace('\u2014', '-');
        return Whitespace().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    private static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("EDGE_KLIPPER_CORPUS");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "questions.jsonl")))
        {
            return configured;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "corpora", "klipper");
            if (File.Exists(Path.Combine(candidate, "questions.jsonl")))
            {
                return candidate;
            }
        }

        return null;
    }
}

/// <summary>One place a question expects an answer to be found.</summary>
internal sealed record Expectation(string Question, string Document, string Section, int? Page);
