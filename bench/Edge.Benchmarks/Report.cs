using System.Globalization;

namespace Edge.Benchmarks;

/// <summary>Prints results as lines for a person and as Markdown table rows for docs/BENCHMARKS.md.</summary>
internal static class Report
{
    public static void Header()
    {
        Console.WriteLine($"# Edge benchmarks — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }

    /// <summary>The shared machine's load when a benchmark starts: numbers taken under load are slower.</summary>
    public static void Machine(string benchmark)
    {
        Console.WriteLine();
        Console.WriteLine($"## {benchmark} (load average {LoadAverage()})");
    }

    /// <summary>One measured value as a Markdown row: | benchmark | metric | value | target | notes |.</summary>
    public static void Row(string benchmark, string metric, string value, string target = "", string notes = "") =>
        Console.WriteLine($"| {benchmark} | {metric} | {value} | {target} | {notes} |");

    public static string Ms(double milliseconds) => milliseconds.ToString(milliseconds < 10 ? "F2" : "F0", CultureInfo.InvariantCulture) + " ms";

    public static string Note(string text)
    {
        Console.WriteLine("  " + text);
        return text;
    }

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Resident set size of this process in MiB, from /proc/self/status (VmRSS) where it exists.</summary>
    public static double ResidentMiB()
    {
        const string path = "/proc/self/status";
        if (File.Exists(path))
        {
            var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
                return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
        }
        return Environment.WorkingSet / (1024.0 * 1024);
    }
}
