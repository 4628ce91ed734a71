using System.Buffers;
using System.Text;
using System.Text.Json.Nodes;
using MQTTnet;
using MQTTnet.Protocol;

namespace Edge.TestSupport;

/// <summary>A message the probe saw.</summary>
public sealed record Received(string Topic, byte[] Payload, bool Retain)
{
    public string Text => Encoding.UTF8.GetString(Payload);

    public JsonNode Json => JsonNode.Parse(Payload) ?? throw new InvalidOperationException("null payload");

    public string? this[string property] => Json[property]?.ToString();
}

/// <summary>
/// A real MQTTnet client standing in for a status panel: records everything on its topics, checks
/// every agent payload against its JSON Schema, and publishes commands.
/// </summary>
public sealed class MqttProbe : IAsyncDisposable
{
    private readonly IMqttClient _client = new MqttClientFactory().CreateMqttClient();
    private readonly List<Received> _messages = [];
    private readonly List<string> _violations = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private MqttClientOptions? _options;

    public IReadOnlyList<Received> Messages { get { lock (_messages) return [.. _messages]; } }

    public IReadOnlyList<string> SchemaViolations { get { lock (_messages) return [.. _violations]; } }

    public static async Task<MqttProbe> ConnectAsync(int port, IEnumerable<string> topics, Action<MqttClientOptionsBuilder>? configure = null)
    {
        var probe = new MqttProbe();
        var builder = new MqttClientOptionsBuilder().WithTcpServer("127.0.0.1", port).WithClientId("probe-" + Guid.NewGuid().ToString("N")[..8]).WithTimeout(TestTimeouts.Hang);
        configure?.Invoke(builder);
        probe._client.ApplicationMessageReceivedAsync += e => { probe.Record(e.ApplicationMessage); return Task.CompletedTask; };
        probe._options = builder.Build();
        var result = await probe._client.ConnectAsync(probe._options);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
            throw new InvalidOperationException($"probe connect failed: {result.ResultCode}");
        var subscribe = new MqttClientSubscribeOptionsBuilder();
        foreach (var topic in topics)
            subscribe.WithTopicFilter(topic, MqttQualityOfServiceLevel.AtLeastOnce);
        await probe._client.SubscribeAsync(subscribe.Build());
        return probe;
    }

    /// <summary>Connects again with the same options (a persistent session gets what was queued meanwhile).</summary>
    public async Task ReconnectAsync()
    {
        if (_client.IsConnected)
            await _client.DisconnectAsync();
        await _client.ConnectAsync(_options!);
    }

    public Task PublishAsync(string topic, string payload, bool retain = false) => PublishAsync(topic, Encoding.UTF8.GetBytes(payload), retain);

    public async Task PublishAsync(string topic, byte[] payload, bool retain = false) =>
        await _client.PublishAsync(new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithRetainFlag(retain).WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build());

    /// <summary>The first message that matches, once it arrived; <paramref name="timeout"/> (default: the hang deadline) only stops a hung test.</summary>
    public async Task<Received> WaitForAsync(Func<Received, bool> match, TimeSpan? timeout = null) =>
        (await WaitForCountAsync(match, 1, timeout))[0];

    /// <summary>The matching messages once at least <paramref name="count"/> arrived.</summary>
    public async Task<List<Received>> WaitForCountAsync(Func<Received, bool> match, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TestTimeouts.Hang);
        while (true)
        {
            var found = Messages.Where(match).ToList();
            AssertSchemas();
            if (found.Count >= count)
                return found;
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
                throw new TimeoutException($"saw {found.Count} of {count} expected messages; all: {string.Join(" | ", Messages.TakeLast(10).Select(m => m.Topic + " " + m.Text))}");
            await _arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public void AssertSchemas()
    {
        var violations = SchemaViolations;
        Assert.True(violations.Count == 0, "payloads violate docs/schemas:\n" + string.Join("\n", violations));
    }

    public async ValueTask DisposeAsync()
    {
        try { await _client.DisconnectAsync(); }
        catch (Exception) { /* the broker may already be gone */ }
        _client.Dispose();
        _arrived.Dispose();
    }

    private void Record(MqttApplicationMessage message)
    {
        var received = new Received(message.Topic, message.Payload.ToArray(), message.Retain);
        var schema = message.Topic.Contains("/cmd/", StringComparison.Ordinal) || received.Payload.Length == 0 ? null : PayloadSchemas.ForTopic(message.Topic);
        var violation = schema is null ? null : PayloadSchemas.Validate(schema, received.Payload);
        lock (_messages)
        {
            _messages.Add(received);
            if (violation is not null)
                _violations.Add($"{message.Topic}: {violation}\n  payload: {received.Text}");
        }
        _arrived.Release();
    }
}
