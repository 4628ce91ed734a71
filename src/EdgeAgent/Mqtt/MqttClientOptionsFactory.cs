using Edge.Agent.Events;
using Edge.Agent.Options;
using Edge.Agent.Status;
using Microsoft.Extensions.Options;
using MQTTnet;
using MQTTnet.Formatter;
using MQTTnet.Protocol;

namespace Edge.Agent.Mqtt;

/// <summary>Client options from configuration: endpoint, credentials, TLS and the Last Will.</summary>
internal sealed class MqttClientOptionsFactory(IOptions<MqttOptions> options, AgentIdentity identity, StatusComposer status)
{
    private readonly MqttOptions _options = options.Value;
    private readonly MqttEndpoint _endpoint = MqttEndpoint.From(options.Value);

    /// <summary>Host the client connects to: the embedded broker over loopback, or <c>Mqtt:Host</c>.</summary>
    public string Host => _endpoint.Host;

    /// <summary>Broker port.</summary>
    public int Port => _endpoint.Port;

    /// <summary>host:port for messages.</summary>
    public string Endpoint => _endpoint.ToString();

    /// <summary>Fresh options for one connection attempt (the Will is stamped with the attempt's time).</summary>
    public MqttClientOptions Create()
    {
        var will = EventJson.Serialize(status.ComposeWill());
        var builder = new MqttClientOptionsBuilder()
            .WithTcpServer(Host, Port)
            .WithProtocolVersion(MqttProtocolVersion.V500)
            .WithClientId(identity.ClientId)
            // A clean start: questions sent while the agent was away are stale by the time it is back.
            .WithCleanStart(true)
            .WithKeepAlivePeriod(TimeSpan.FromSeconds(_options.KeepAliveSeconds))
            .WithTimeout(TimeSpan.FromSeconds(10))
            .WithWillTopic(identity.Topic(Topics.Status))
            .WithWillPayload(will)
            .WithWillRetain(true)
            .WithWillQualityOfServiceLevel(MqttQualityOfServiceLevel.AtLeastOnce)
            .WithWillContentType("application/json");
        if (!string.IsNullOrEmpty(_options.Username))
            builder.WithCredentials(_options.Username, _options.Password ?? "");
        if (_options.Broker == BrokerMode.External && _options.Tls.Enabled)
            builder.WithTlsOptions(tls => BrokerTls.Configure(tls, _options.Tls, Host));
        return builder.Build();
    }
}
