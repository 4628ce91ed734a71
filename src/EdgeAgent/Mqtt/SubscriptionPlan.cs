using Edge.Agent.Events;
using Edge.Agent.Options;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Mqtt;

/// <summary>The topics the agent subscribes to; replayed on every (re)connect because the session starts clean.</summary>
internal sealed class SubscriptionPlan(AgentIdentity identity, IOptions<MqttOptions> options)
{
    /// <summary>All commands (unknown ones are answered with an error), plus the machine-context topics.</summary>
    public IReadOnlyList<string> Topics { get; } =
        [identity.Topic(Events.Topics.CommandPrefix + "#"), .. options.Value.MachineContext.Topics.Distinct(StringComparer.Ordinal)];

    /// <summary>Prefix of command topics, e.g. <c>edge/press7/cmd/</c>.</summary>
    public string CommandPrefix { get; } = identity.Topic(Events.Topics.CommandPrefix);
}
