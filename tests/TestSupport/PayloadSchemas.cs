using System.Text.Json;
using Json.Schema;

namespace Edge.TestSupport;

/// <summary>The JSON Schemas of docs/schemas (copied beside the tests), chosen by topic.</summary>
public static class PayloadSchemas
{
    private static readonly Lazy<Dictionary<string, JsonSchema>> Schemas = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "schemas"), "*.schema.json")
            .ToDictionary(f => Path.GetFileName(f), f => JsonSchema.FromText(File.ReadAllText(f))));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    public static IReadOnlyCollection<string> Names => Schemas.Value.Keys;

    /// <summary>The schema file for a topic the agent publishes on; null for topics without one.</summary>
    public static string? ForTopic(string topic) => topic switch
    {
        _ when topic.StartsWith("homeassistant/", StringComparison.Ordinal) => "ha-discovery.schema.json",
        _ when topic.EndsWith("/events/answer/partial", StringComparison.Ordinal) => "event-answer-partial.schema.json",
        _ when topic.EndsWith("/events/answer", StringComparison.Ordinal) => "event-answer.schema.json",
        _ when topic.EndsWith("/events/question", StringComparison.Ordinal) => "event-question.schema.json",
        _ when topic.EndsWith("/events/error", StringComparison.Ordinal) => "event-error.schema.json",
        _ when topic.EndsWith("/status", StringComparison.Ordinal) => "status.schema.json",
        _ when topic.EndsWith("/cmd/ask", StringComparison.Ordinal) => "cmd-ask.schema.json",
        _ when topic.EndsWith("/cmd/listen", StringComparison.Ordinal) => "cmd-listen.schema.json",
        _ => null,
    };

    /// <summary>Null when valid; otherwise the violations, one per line.</summary>
    public static string? Validate(string schemaName, ReadOnlySpan<byte> payload)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(payload.ToArray()); }
        catch (JsonException ex) { return $"not JSON: {ex.Message}"; }
        using (json)
        {
            var result = Schemas.Value[schemaName].Evaluate(json.RootElement, Options);
            if (result.IsValid)
                return null;
            var errors = (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key} {e.Value}"));
            return string.Join("\n", errors);
        }
    }
}
