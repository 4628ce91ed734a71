using System.Text.Json;
using System.Text.Json.Serialization;

namespace Edge.Knowledge.Evaluation;

/// <summary>One question of an evaluation set (one JSON object per line of a .jsonl file).</summary>
public sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("lang")] string Lang,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("expected")] IReadOnlyList<EvalExpected> Expected,
    [property: JsonPropertyName("facts")] IReadOnlyList<string> Facts,
    [property: JsonPropertyName("kind")] string Kind)
{
    /// <summary>True for questions the manuals do not answer.</summary>
    public bool Unanswerable => Expected.Count == 0;

    /// <summary>Reads a .jsonl file; a bad line is reported with its number.</summary>
    public static IReadOnlyList<EvalQuestion> Load(string path)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
                continue;
            try
            {
                var question = JsonSerializer.Deserialize<EvalQuestion>(line)
                    ?? throw new JsonException("null");
                if (string.IsNullOrWhiteSpace(question.Question) || question.Expected is null || question.Facts is null)
                    throw new JsonException("needs question, expected and facts");
                questions.Add(question);
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{path}:{number}: not a valid question: {ex.Message}", ex);
            }
        }
        return questions;
    }
}

/// <summary>A place that answers an evaluation question.</summary>
public sealed record EvalExpected(
    [property: JsonPropertyName("document")] string Document,
    [property: JsonPropertyName("section")] string Section,
    [property: JsonPropertyName("page")] int? Page);
