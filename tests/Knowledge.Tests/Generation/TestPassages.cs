using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Generation;

/// <summary>Retrieved passages as the retrieval stage would hand them over.</summary>
internal static class TestPassages
{
    public static readonly SearchHit Coolant = new(
        "press7-manual.pdf", "Press 7 Operating Manual", "Maintenance › Coolant", 12, 0.83,
        "Alarm 2041 means low coolant flow. Check the coolant filter first. Clean it if it is clogged.");

    public static readonly SearchHit Spindle = new(
        "press7-manual.pdf", "Press 7 Operating Manual", "Alarms › Spindle", 31, 0.71,
        "The spindle stops when the drive overheats. Let it cool for ten minutes before restarting.");

    public static readonly SearchHit Hydraulics = new(
        "hydraulics-notes.md", "", "Hydraulics", null, 0.52,
        "Hydraulic pressure must stay between 120 and 140 bar during operation.");

    public static readonly IReadOnlyList<SearchHit> Three = [Coolant, Spindle, Hydraulics];

    /// <summary>A long passage of numbered sentences, for budget tests.</summary>
    public static SearchHit Long(int sentences, string section = "Long › Section") => new(
        "long.pdf", "Long Manual", section, 3, 0.5,
        string.Join(" ", Enumerable.Range(1, sentences).Select(i => $"Step {i} checks part number {i * 7} carefully.")));
}
