using System.Collections.Concurrent;
using System.Text.Json;
using Edge.Agent.Events;

namespace Edge.Agent.Web.Live;

/// <summary>
/// Lets a web request wait for the answer to the question it queued: the answer (or error) event with
/// the question's id, as it passes through the live feed. So the request returns exactly what the
/// feed and MQTT carry.
/// </summary>
internal sealed class AnswerWaiters
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<LiveItem>> _waiting = new(StringComparer.Ordinal);

    public AnswerWaiters(LiveFeed feed) => feed.Published += OnPublished;

    /// <summary>Starts waiting for question <paramref name="id"/>; call before queueing it.</summary>
    public Task<LiveItem> Expect(string id)
    {
        var waiter = new TaskCompletionSource<LiveItem>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_waiting.TryAdd(id, waiter))
            throw new InvalidOperationException($"question {id} is already awaited");
        return waiter.Task;
    }

    /// <summary>Stops waiting (answered, timed out or the caller left).</summary>
    public void Forget(string id) => _waiting.TryRemove(id, out _);

    private void OnPublished(LiveItem item)
    {
        if (_waiting.IsEmpty || item.Kind is not (Topics.AnswerEvents or Topics.ErrorEvents))
            return;
        if (IdOf(item.Payload) is { } id && _waiting.TryRemove(id, out var waiter))
            waiter.TrySetResult(item);
    }

    private static string? IdOf(byte[] payload)
    {
        try
        {
            using var json = JsonDocument.Parse(payload);
            return json.RootElement.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
