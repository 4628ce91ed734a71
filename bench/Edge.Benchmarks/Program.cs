using Edge.Benchmarks;
using Edge.Benchmarks.Vad;
using Edge.Benchmarks.Web;

// dotnet run -c Release --project bench/Edge.Benchmarks -- <search|reingest|embed|embedders|ask|vad|blocks|startup|speech|web|all>
var benchmarks = new Dictionary<string, Func<Task>>(StringComparer.Ordinal)
{
    ["search"] = SearchBenchmark.RunAsync,
    ["reingest"] = ReingestBenchmark.RunAsync,
    ["embed"] = EmbedBenchmark.RunAsync,
    ["embedders"] = EmbeddersBenchmark.RunAsync,
    ["ask"] = AskBenchmark.RunAsync,
    ["vad"] = VadBenchmark.RunAsync,
    ["blocks"] = BlocksBenchmark.RunAsync,
    ["startup"] = StartupBenchmark.RunAsync,
    ["speech"] = SpeechLatencyBenchmark.RunAsync,
    ["web"] = WebBenchmark.RunAsync,
};

var names = args.Length == 1 && args[0] == "all" ? [.. benchmarks.Keys] : args;
if (names.Length == 0 || names.Any(n => !benchmarks.ContainsKey(n)))
{
    Console.Error.WriteLine($"usage: Edge.Benchmarks <{string.Join('|', benchmarks.Keys)}|all>");
    return 2;
}

Report.Header();
foreach (var name in names)
{
    Report.Machine(name);
    await benchmarks[name]();
}
return 0;
