using System.Collections.Concurrent;
using Edge.Knowledge.Answering;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>A hand-written assistant: answers with a citation, held by a gate, with partials, or by throwing.</summary>
internal sealed class FakeAssistant : IKnowledgeAssistant
{
    public static readonly Citation SpindleCitation = new("spindle-manual.pdf", "Spindle manual", "Alarms › 2041 Overtemperature", 12, 0.83);

    public ConcurrentQueue<Question> Asked { get; } = new();

    public Func<Question, Exception?>? Throw { get; set; }

    public int Partials { get; set; }

    public TimeSpan PartialSpacing { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>When set, every question waits for it (to hold the pipeline busy).</summary>
    public TaskCompletionSource? Gate { get; set; }

    public async Task<Answer> AskAsync(Question question, IProgress<string>? partialAnswer = null, CancellationToken cancellationToken = default)
    {
        Asked.Enqueue(question);
        if (Gate is { } gate)
            await gate.Task.WaitAsync(cancellationToken);
        if (Throw?.Invoke(question) is { } exception)
            throw exception;
        var text = "Check the spindle cooling circuit first.";
        for (var i = 1; i <= Partials; i++)
        {
            partialAnswer?.Report(text[..Math.Max(1, text.Length * i / Partials)]);
            if (PartialSpacing > TimeSpan.Zero)
                await Task.Delay(PartialSpacing, cancellationToken);
        }
        return new Answer(question.Text, text, "en", true, [SpindleCitation], new AnswerTimings(0, 4, 31)) { Mode = Partials > 0 ? AnswerModes.Llm : AnswerModes.Extractive };
    }
}
