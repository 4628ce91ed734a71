using System.CommandLine;
using Edge.Agent.Hosting;

namespace Edge.Agent.Cli;

/// <summary>Options every command accepts after its name.</summary>
internal static class CommonOptions
{
    /// <summary><c>--config FILE</c>.</summary>
    public static readonly Option<string?> Config = new("--config") { Description = "Configuration file (JSON) read after appsettings.json", Recursive = true, HelpName = "FILE" };

    /// <summary><c>--data-dir DIR</c>.</summary>
    public static readonly Option<string?> DataDir = new("--data-dir") { Description = "Data directory (default ./data)", Recursive = true, HelpName = "DIR" };

    /// <summary><c>--verbose</c>.</summary>
    public static readonly Option<bool> Verbose = new("--verbose", "-v") { Description = "Log details to stderr", Recursive = true };

    /// <summary><c>--collection NAME</c> for the commands that read or write one collection.</summary>
    public static Option<string?> Collection() => new("--collection", "-c") { Description = "Collection (usually one per machine)", HelpName = "NAME" };

    /// <summary><c>--json</c>.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print JSON instead of text" };

    /// <summary>The settings given on the command line.</summary>
    public static AgentSettings Read(ParseResult result) =>
        new(result.GetValue(Config), result.GetValue(DataDir), result.GetValue(Verbose));
}
