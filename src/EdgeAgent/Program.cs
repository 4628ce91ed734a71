using System.CommandLine;
using Edge.Agent.Cli;

// Minimal entry point for this branch; main's Program.cs (EdgeCli) replaces it when merging.
var root = new RootCommand("Edge shop-floor assistant: answers from the plant's own manuals, offline.");
root.Subcommands.Add(RunCommand.Create());
return await root.Parse(args).InvokeAsync();
