using System.Text.Json.Serialization;
using Edge.Knowledge.Answering;
using Edge.Speech;

namespace Edge.Agent.Cli;

/// <summary>The <c>ask --json</c> object of DESIGN.md, field for field; spoken questions add <c>transcript</c>.</summary>
internal sealed record AnswerJson(
    string Question, string Answer, string Language, bool Grounded,
    IReadOnlyList<Citation> Citations, AnswerTimings Timings, string Mode, string? FallbackReason)
{
    /// <summary>With a decline, the closest places as pointers only; left out when empty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<Citation>? Related { get; init; }

    /// <summary>What Whisper heard (<c>ask --wav</c>); left out for typed questions.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Transcript { get; init; }

    /// <summary>Maps an answer to the printed shape.</summary>
    public static AnswerJson From(Answer answer) =>
        new(answer.Question, answer.Text, answer.Language, answer.Grounded, answer.Citations, answer.Timings, answer.Mode, answer.FallbackReason)
        {
            Related = answer.Related.Count > 0 ? answer.Related : null,
        };

    /// <summary>Maps the answer to a spoken question: the transcript and the time Whisper took are added.</summary>
    public static AnswerJson From(Answer answer, Transcript transcript) =>
        From(answer) with { Transcript = transcript.Text, Timings = answer.Timings with { TranscribeMs = transcript.TranscribeMs } };
}
