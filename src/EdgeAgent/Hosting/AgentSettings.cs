namespace Edge.Agent.Hosting;

/// <summary>What every command takes from its command line before configuration is read.</summary>
/// <param name="ConfigFile">The <c>--config</c> file, or null.</param>
/// <param name="DataDirectory">The <c>--data-dir</c> folder, or null for the configured/default one.</param>
/// <param name="Verbose">Log at Debug to stderr.</param>
internal sealed record AgentSettings(string? ConfigFile, string? DataDirectory, bool Verbose = false);
