using Edge.Agent.Models;

namespace Edge.Agent.Cli;

/// <summary>What <c>models list</c> and <c>models verify</c> print, as text or JSON.</summary>
internal static class ModelsOutput
{
    /// <summary>Prints the listing.</summary>
    public static void PrintList(string folder, IReadOnlyList<ModelListing> listing, bool json)
    {
        if (json)
        {
            CliJson.Print(new { folder, models = listing });
            return;
        }
        Console.WriteLine($"models folder: {folder}");
        foreach (var model in listing)
            Console.WriteLine($"  {model.State,-8} {model.Name,-32} {model.Kind,-9} {Size(model.Size),10}  {model.Description}");
    }

    /// <summary>Prints the verification, one line per model, problems indented below.</summary>
    public static void PrintChecks(string folder, IReadOnlyList<ModelCheck> checks, bool json)
    {
        if (json)
        {
            CliJson.Print(new { folder, ok = checks.All(c => c.Ok), models = checks });
            return;
        }
        foreach (var check in checks)
        {
            Console.WriteLine($"{(check.Ok ? "ok" : "FAILED"),-6} {check.Name} ({check.Kind}): {check.Files} file(s), {Size(check.Bytes)}{(check.Detail is null ? "" : "; " + check.Detail)}");
            foreach (var problem in check.Problems)
                Console.WriteLine($"         {problem}");
        }
        var failed = checks.Count(c => !c.Ok);
        Console.WriteLine($"{checks.Count - failed} ok, {failed} failed in {folder}");
    }

    private static string Size(long? bytes) => bytes is { } b ? $"{b / 1048576.0:F1} MiB" : "size ?";
}
