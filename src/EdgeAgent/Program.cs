using Edge.Agent.Cli;

var parsed = EdgeCli.Create().Parse(args);
// Syntax errors keep the same contract as any other bad input: one "error:" line, non-zero exit.
if (parsed.Errors.Count > 0)
    return CliErrors.Report(parsed.Errors);
return await parsed.InvokeAsync();
