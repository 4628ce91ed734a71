using System.CommandLine;

namespace Edge.Agent.Cli;

/// <summary>The <c>edge-agent</c> command tree.</summary>
internal static class EdgeCli
{
    /// <summary>Builds the root command with every subcommand and the common options.</summary>
    public static RootCommand Create()
    {
        var root = new RootCommand("Edge shop-floor assistant: answers from the plant's own manuals, offline.")
        {
            CommonOptions.Config,
            CommonOptions.DataDir,
            CommonOptions.Verbose,
        };
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(AskCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ModelsCommand.Create());
        root.Subcommands.Add(PackCommand.Create());
        root.Subcommands.Add(Web.WebCommand.Create());
        root.Subcommands.Add(ReadPdfCommand.Create());
        return root;
    }
}
