using System.Reflection;

namespace Edge.Agent;

/// <summary>The agent's version as shown in status and events.</summary>
internal static class AgentVersion
{
    /// <summary>Informational version without the source revision suffix.</summary>
    public static string Current { get; } =
        (typeof(AgentVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];
}
