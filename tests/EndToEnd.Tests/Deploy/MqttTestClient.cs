using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Edge.EndToEnd.Tests.Deploy;

/// <summary>An MQTT 5 client over TLS that trusts only the test CA, collecting what it receives.</summary>
internal sealed class MqttTestClient : IAsyncDisposable
{
    private static readonly MqttClientFactory Factory = new();
    private readonly IMqttClient _client = Factory.CreateMqttClient();

    // Completed (and replaced) whenever a message arrives, so a waiter wakes on the message itself.
    private TaskCompletionSource _arrived = NewArrival();

    public ConcurrentQueue<(string Topic, string Payload)> Received { get; } = new();

    public static async Task<MqttTestClient> ConnectAsync(int port, string caFile, string user, string password, CancellationToken cancellationToken = default)
    {
        var ca = X509CertificateLoader.LoadCertificateFromFile(caFile);
        var client = new MqttTestClient();
        client._client.ApplicationMessageReceivedAsync += e =>
        {
            client.Received.Enqueue((e.ApplicationMessage.Topic, e.ApplicationMessage.ConvertPayloadToString()));
            Interlocked.Exchange(ref client._arrived, NewArrival()).TrySetResult();
            return Task.CompletedTask;
        };
        var options = Factory.CreateClientOptionsBuilder()
            .WithTcpServer("127.0.0.1", port)
            .WithClientId($"{user}-{Guid.NewGuid():N}")
            .WithCredentials(user, password)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithTlsOptions(tls => tls.UseTls().WithCertificateValidationHandler(e => TrustedBy(ca, e.Certificate)))
            .Build();
        var result = await client._client.ConnectAsync(options, cancellationToken);
        if (result.ResultCode != MqttClientConnectResultCode.Success)
        {
            await client.DisposeAsync();
            throw new UnauthorizedAccessException($"{user}: CONNACK {result.ResultCode}");
        }
        return client;
    }

    public async Task<MqttClientPublishReasonCode> PublishAsync(string topic, string payload, CancellationToken cancellationToken = default)
    {
        var message = new MqttApplicationMessageBuilder().WithTopic(topic).WithPayload(payload)
            .WithQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce).Build();
        return (await _client.PublishAsync(message, cancellationToken)).ReasonCode;
    }

    public async Task<MqttClientSubscribeResultCode> SubscribeAsync(string filter, CancellationToken cancellationToken = default)
    {
        var options = Factory.CreateSubscribeOptionsBuilder().WithTopicFilter(filter, MqttQualityOfServiceLevel.AtLeastOnce).Build();
        return (await _client.SubscribeAsync(options, cancellationToken)).Items.Single().ResultCode;
    }

    /// <summary>Waits until a message on <paramref name="topic"/> arrives; null after <paramref name="timeout"/>.</summary>
    public async Task<string?> WaitForAsync(string topic, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (true)
        {
            // Taken before looking, so a message that lands in between still wakes the wait.
            var arrival = Volatile.Read(ref _arrived).Task;
            if (Received.FirstOrDefault(m => m.Topic == topic) is { Topic: not null } found)
                return found.Payload;
            try
            {
                await arrival.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return null;
            }
        }
    }

    private static TaskCompletionSource NewArrival() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static bool TrustedBy(X509Certificate2 ca, X509Certificate certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(ca);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var server = new X509Certificate2(certificate);
        return chain.Build(server);
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
            await _client.DisconnectAsync();
        _client.Dispose();
    }
}
