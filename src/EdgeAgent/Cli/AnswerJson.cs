using Edge.Knowledge.Answering;

namespace Edge.Agent.Cli;

/// <summary>The <c>ask --json</c> object of DESIGN.md, field for field.</summary>
internal sealed record AnswerJson(
    string Question, string Answer, string Language, bool Grounded,
    IReadOnlyList<Citation> Citations, AnswerTimings Timings, string Mode, string? FallbackReason)
{
    /// <summary>Maps an answer to the printed shape.</summary>
    public static AnswerJson From(Answer answer) =>
        new(answer.Question, answer.Text, answer.Language, answer.Grounded, answer.Citations, answer.Timings, answer.Mode, answer.FallbackReason);
}
