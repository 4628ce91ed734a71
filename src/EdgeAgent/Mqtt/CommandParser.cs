using System.Text.Json;
using Edge.Agent.Events;

namespace Edge.Agent.Mqtt;

/// <summary>A parsed <c>cmd/ask</c> message.</summary>
/// <param name="Id">The caller's id, echoed in the answer; null when none was given.</param>
/// <param name="Text">The question.</param>
/// <param name="Collection">Collection to search; null = all.</param>
internal sealed record AskMessage(string? Id, string Text, string? Collection);

/// <summary>A rejected command: error code, message, and the id if it could be read.</summary>
internal sealed record CommandError(string Code, string Message, string? Id);

/// <summary>
/// Parses command payloads defensively: anything that is not a JSON object with the right field
/// types becomes a <see cref="CommandError"/>, never an exception that could stop the router.
/// </summary>
internal static class CommandParser
{
    private const int MaxIdLength = 200;
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Parses <c>cmd/ask</c>: <c>{"id"?, "text", "collection"?}</c>.</summary>
    public static AskMessage? ParseAsk(ReadOnlyMemory<byte> payload, out CommandError? error)
    {
        using var json = Parse(payload, out error);
        if (json is null)
            return null;
        var root = json.RootElement;
        var id = ReadId(root, out error);
        if (error is not null)
            return null;
        var text = ReadString(root, "text", id, out error);
        if (error is null && string.IsNullOrWhiteSpace(text))
            error = new CommandError(ErrorCodes.InvalidCommand, "cmd/ask needs a non-empty \"text\" string", id);
        var collection = error is null ? ReadString(root, "collection", id, out error) : null;
        return error is null ? new AskMessage(id, text!.Trim(), string.IsNullOrWhiteSpace(collection) ? null : collection) : null;
    }

    /// <summary>Parses <c>cmd/listen</c>: empty, or <c>{"id"?}</c>; returns the id (null when none).</summary>
    public static bool TryParseListen(ReadOnlyMemory<byte> payload, out string? id, out CommandError? error)
    {
        id = null;
        error = null;
        if (payload.Span.Trim(" \t\r\n"u8).IsEmpty)
            return true;
        using var json = Parse(payload, out error);
        if (json is null)
            return false;
        id = ReadId(json.RootElement, out error);
        return error is null;
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> payload, out CommandError? error)
    {
        error = null;
        try
        {
            var json = JsonDocument.Parse(payload, Options);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
                return json;
            json.Dispose();
            error = new CommandError(ErrorCodes.InvalidJson, "the command must be a JSON object", null);
        }
        catch (JsonException ex)
        {
            // Also covers invalid UTF-8 (binary junk).
            error = new CommandError(ErrorCodes.InvalidJson, $"the command is not valid UTF-8 JSON: {ex.Message.Split('.')[0]}", null);
        }
        return null;
    }

    private static string? ReadId(JsonElement root, out CommandError? error)
    {
        error = null;
        if (!root.TryGetProperty("id", out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        var id = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (id is null || id.Length == 0 || id.Length > MaxIdLength)
            error = new CommandError(ErrorCodes.InvalidCommand, $"\"id\" must be a string or number of 1 to {MaxIdLength} characters", null);
        return error is null ? id : null;
    }

    private static string? ReadString(JsonElement root, string name, string? id, out CommandError? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind == JsonValueKind.String)
            return value.GetString();
        error = new CommandError(ErrorCodes.InvalidCommand, $"\"{name}\" must be a string", id);
        return null;
    }
}
