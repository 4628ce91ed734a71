using Edge.Agent.Cli;

return await EdgeCli.Create().Parse(args).InvokeAsync();
