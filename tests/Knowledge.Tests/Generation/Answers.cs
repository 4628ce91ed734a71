using Edge.Knowledge.Answering;

namespace Edge.Knowledge.Tests.Generation;

/// <summary>Answers as the lead's extractive answerer would produce them.</summary>
internal static class Answers
{
    public static readonly Answer Extractive = new(
        "Alarm 2041?", "Alarm 2041 means low coolant flow. Check the coolant filter first.", "en", true,
        [new Citation("press7-manual.pdf", "Press 7 Operating Manual", "Maintenance › Coolant", 12, 0.83)],
        new AnswerTimings(0, 4, 3));
}
