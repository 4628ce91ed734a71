namespace Edge.Agent.Tests.TestSupport;

/// <summary>One agent and probe shared by the tests of a class (each test uses its own ids).</summary>
public sealed class AgentFixture : IAsyncLifetime
{
    internal FakeAssistant Assistant { get; } = new();
    internal TestAgent Agent { get; private set; } = null!;
    internal MqttProbe Probe { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Agent = await TestAgent.StartAsync(assistant: Assistant);
        Probe = await Agent.ProbeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Agent.DisposeAsync();
    }
}
