using System.Text;
using System.Text.Json.Nodes;
using Edge.Agent.Events;
using Edge.Agent.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Mqtt;

/// <summary>
/// Home Assistant device discovery (<c>Mqtt:HomeAssistant:Enabled</c>): one retained message on
/// <c>{prefix}/device/{deviceId}/config</c> with a status sensor and a last-answer sensor; availability
/// follows the retained status (and so the Last Will).
/// </summary>
internal sealed class HomeAssistantDiscovery(
    RetainedMessages retained, AgentIdentity identity, IOptions<MqttOptions> options) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value.HomeAssistant;
        if (settings.Enabled)
            retained.Set(Topic(settings.DiscoveryPrefix), Encoding.UTF8.GetBytes(Build().ToJsonString()));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Discovery topic.</summary>
    public string Topic(string prefix) => $"{prefix}/device/{NodeId}/config";

    /// <summary>Home Assistant allows only [a-zA-Z0-9_-] in node and object ids.</summary>
    public string NodeId => new([.. identity.DeviceId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' ? c : '_')]);

    /// <summary>The discovery payload.</summary>
    public JsonObject Build()
    {
        var status = identity.Topic(Topics.Status);
        var answers = identity.Topic(Topics.AnswerEvents);
        return new JsonObject
        {
            ["dev"] = new JsonObject
            {
                ["ids"] = new JsonArray($"edge_{NodeId}"), ["name"] = $"Edge assistant {identity.DeviceId}",
                ["mf"] = "Edge shop-floor assistant", ["mdl"] = "edge-agent", ["sw"] = AgentVersion.Current,
            },
            ["o"] = new JsonObject { ["name"] = "edge-agent", ["sw"] = AgentVersion.Current },
            ["availability"] = new JsonArray(new JsonObject
            {
                ["topic"] = status,
                ["value_template"] = "{{ 'offline' if value_json.state == 'offline' else 'online' }}",
            }),
            ["qos"] = 1,
            ["cmps"] = new JsonObject
            {
                [$"{NodeId}_status"] = new JsonObject
                {
                    ["p"] = "sensor", ["name"] = "Status", ["unique_id"] = $"{NodeId}_status", ["icon"] = "mdi:robot-industrial",
                    ["state_topic"] = status, ["value_template"] = "{{ value_json.state }}", ["json_attributes_topic"] = status,
                },
                [$"{NodeId}_last_answer"] = new JsonObject
                {
                    ["p"] = "sensor", ["name"] = "Last answer", ["unique_id"] = $"{NodeId}_last_answer", ["icon"] = "mdi:book-open-variant",
                    // A sensor state holds at most 255 characters; the full answer and citations go to the attributes.
                    ["state_topic"] = answers, ["value_template"] = "{{ value_json.answer[:255] }}",
                    ["json_attributes_topic"] = answers,
                    ["json_attributes_template"] = "{{ {'question': value_json.question, 'citations': value_json.citations, 'grounded': value_json.grounded} | tojson }}",
                },
            },
        };
    }
}
