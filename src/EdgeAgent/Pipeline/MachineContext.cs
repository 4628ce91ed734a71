using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Edge.Agent.Options;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Pipeline;

/// <summary>
/// The latest values of the machine-context topics (<c>Mqtt:MachineContext:Topics</c>, e.g. the
/// machine's current alarm). A question about "this alarm" gets the most recent value appended, so the
/// technician need not read the code off the HMI.
/// </summary>
internal sealed class MachineContext(IOptions<MqttOptions> options, TimeProvider time)
{
    private const int MaxTextLength = 200;
    private readonly HashSet<string> _topics = new(options.Value.MachineContext.Topics, StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Text, long At)> _latest = new(StringComparer.Ordinal);

    /// <summary>Raised after a context topic changed (a new alarm, or one cleared).</summary>
    public event Action? Changed;

    /// <summary>True for a configured context topic.</summary>
    public bool Follows(string topic) => _topics.Contains(topic);

    /// <summary>The most recent non-empty value over all context topics, or null.</summary>
    public string? Current => _latest.Values.OrderByDescending(v => v.At).Select(v => v.Text).FirstOrDefault();

    /// <summary>Takes a new value; an empty payload (a cleared retained alarm) clears the topic.</summary>
    public void Update(string topic, ReadOnlySpan<byte> payload)
    {
        var text = Describe(payload);
        if (text is null)
            _latest.TryRemove(topic, out _);
        else
            _latest[topic] = (text, time.GetTimestamp());
        Changed?.Invoke();
    }

    /// <summary>The question to ask, and the context added to it (null when none).</summary>
    public (string Text, string? Added) Enrich(string question)
    {
        if (Current is not { } current || !AlarmPhrases.RefersToCurrentAlarm(question, out var german))
            return (question, null);
        return ($"{question} ({(german ? "aktueller Alarm" : "current alarm")}: {current})", current);
    }

    /// <summary>"code text" from JSON with code/text fields, a JSON string or number, or plain text; null when empty.</summary>
    internal static string? Describe(ReadOnlySpan<byte> payload)
    {
        string raw;
        try { raw = new UTF8Encoding(false, true).GetString(payload).Trim(); }
        catch (DecoderFallbackException) { return null; }
        if (raw.Length == 0)
            return null;
        try
        {
            using var json = JsonDocument.Parse(raw);
            var root = json.RootElement;
            raw = root.ValueKind switch
            {
                JsonValueKind.Object => FromObject(root) ?? raw,
                JsonValueKind.String => root.GetString() ?? "",
                JsonValueKind.Null => "",
                _ => root.GetRawText(),
            };
        }
        catch (JsonException)
        {
            // Plain text such as "2041 Spindle overtemperature".
        }
        raw = raw.ReplaceLineEndings(" ").Trim();
        return raw.Length == 0 ? null : raw.Length > MaxTextLength ? raw[..MaxTextLength] : raw;
    }

    private static string? FromObject(JsonElement root)
    {
        var code = Field(root, "code", "alarmCode", "alarm", "number", "id");
        var text = Field(root, "text", "message", "description", "name", "title");
        return code is null && text is null ? null : string.Join(' ', new[] { code, text }.Where(p => !string.IsNullOrWhiteSpace(p)));
    }

    private static string? Field(JsonElement root, params string[] names)
    {
        // Names in priority order ("code" before "id"), matched case-insensitively.
        foreach (var name in names)
        {
            foreach (var property in root.EnumerateObject().Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                return property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    _ => null,
                };
            }
        }
        return null;
    }
}
