using System.Threading.Channels;
using System.Buffers;
using Edge.Agent.Options;
using Edge.Agent.Status;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Protocol;

namespace Edge.Agent.Mqtt;

/// <summary>
/// The agent's one MQTT client and the loop that keeps it connected. Reconnecting happens here, in
/// a loop of its own, never inside the client's DisconnectedAsync handler: that handler runs on the
/// client's own receive/keep-alive path while it tears the connection down, so a ConnectAsync from
/// there waits for the very teardown that is waiting for the handler (a deadlock), and a failed
/// attempt raises the event again from inside itself. The handler only wakes this loop.
/// </summary>
internal sealed partial class MqttConnection : IDisposable
{
    private readonly IMqttClient _client;
    private readonly MqttClientOptionsFactory _options;
    private readonly SubscriptionPlan _subscriptions;
    private readonly AgentStatus _status;
    private readonly TimeProvider _time;
    private readonly ILogger<MqttConnection> _logger;
    private readonly MqttOptions _settings;
    private readonly Outbox.PublishSignal _publish;
    private readonly Channel<IncomingMessage> _incoming = Channel.CreateBounded<IncomingMessage>(new BoundedChannelOptions(256) { SingleReader = true });
    private readonly Outbox.WorkSignal _disconnected = new();
    private TaskCompletionSource _connected = NewGate();
    private int _generation;
    private string? _lastRefusal;
    private volatile bool _closing;

    /// <summary>Creates the client; nothing connects until <see cref="RunAsync"/>.</summary>
    public MqttConnection(MqttClientOptionsFactory options, SubscriptionPlan subscriptions, AgentStatus status,
        IOptions<MqttOptions> settings, Outbox.PublishSignal publish, TimeProvider time, ILogger<MqttConnection> logger)
    {
        (_options, _subscriptions, _status, _settings, _publish, _time, _logger) = (options, subscriptions, status, settings.Value, publish, time, logger);
        _client = new MqttClientFactory().CreateMqttClient();
        _client.DisconnectedAsync += OnDisconnectedAsync;
        _client.ApplicationMessageReceivedAsync += OnMessageAsync;
    }

    /// <summary>Messages on the subscribed topics (commands, machine context).</summary>
    public ChannelReader<IncomingMessage> Incoming => _incoming.Reader;

    /// <summary>True while connected and subscribed.</summary>
    public bool IsConnected => _connected.Task.IsCompleted && _client.IsConnected;

    /// <summary>Increases with every successful connection, so publishers can tell a reconnect happened.</summary>
    public int Generation => Volatile.Read(ref _generation);

    /// <summary>Completes when connected and subscribed.</summary>
    public Task WaitUntilConnectedAsync(CancellationToken cancellationToken = default) => _connected.Task.WaitAsync(cancellationToken);

    /// <summary>Publishes with QoS 1 and waits for the broker's PUBACK.</summary>
    public Task<MqttClientPublishResult> PublishAsync(string topic, byte[] payload, bool retain, CancellationToken cancellationToken = default)
    {
        var message = new MqttApplicationMessageBuilder()
            .WithTopic(topic).WithPayload(payload).WithRetainFlag(retain)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithContentType("application/json")
            .Build();
        return _client.PublishAsync(message, cancellationToken);
    }

    /// <summary>Sends DISCONNECT (a clean disconnect, so the broker does not publish the Will).</summary>
    public async Task DisconnectAsync(CancellationToken cancellationToken = default)
    {
        _closing = true;
        if (!_client.IsConnected)
            return;
        try
        {
            await _client.DisconnectAsync(new MqttClientDisconnectOptionsBuilder().WithReason(MqttClientDisconnectOptionsReason.NormalDisconnection).Build(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.MqttDisconnectFailed(_logger, ex.Message);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private Task OnDisconnectedAsync(MqttClientDisconnectedEventArgs e)
    {
        if (e.ClientWasConnected)
        {
            Interlocked.Exchange(ref _connected, NewGate());
            if (!_closing)
                Log.MqttDisconnected(_logger, _options.Endpoint, e.Reason.ToString(), e.Exception?.Message ?? "");
        }
        _disconnected.Set();
        return Task.CompletedTask;
    }

    private async Task OnMessageAsync(MqttApplicationMessageReceivedEventArgs e)
    {
        var message = e.ApplicationMessage;
        var length = message.Payload.Length;
        // Oversized payloads are not copied: only their size is needed to refuse them.
        var payload = length <= _settings.MaxCommandBytes ? message.Payload.ToArray() : [];
        await _incoming.Writer.WriteAsync(new IncomingMessage(message.Topic, payload, length));
    }

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
