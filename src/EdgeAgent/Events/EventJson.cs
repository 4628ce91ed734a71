using System.Text.Json;
using System.Text.Json.Serialization;

namespace Edge.Agent.Events;

/// <summary>Source-generated JSON for every payload the agent publishes: camelCase, nulls left out.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(StatusEvent))]
[JsonSerializable(typeof(QuestionEvent))]
[JsonSerializable(typeof(AnswerEvent))]
[JsonSerializable(typeof(PartialAnswerEvent))]
[JsonSerializable(typeof(ErrorEvent))]
internal sealed partial class EventJsonContext : JsonSerializerContext;

/// <summary>Serializes events with <see cref="EventJsonContext"/>.</summary>
internal static class EventJson
{
    /// <summary>UTF-8 JSON of the event's concrete type.</summary>
    public static byte[] Serialize(AgentEvent evt) =>
        JsonSerializer.SerializeToUtf8Bytes(evt, Context.GetTypeInfo(evt.GetType())
            ?? throw new InvalidOperationException($"no JSON contract for {evt.GetType().Name}"));

    // Payloads are UTF-8: umlauts, quotes and '›' are written as they are, readable on any panel.
    private static readonly EventJsonContext Context = new(new JsonSerializerOptions(EventJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
