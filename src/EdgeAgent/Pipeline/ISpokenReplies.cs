namespace Edge.Agent.Pipeline;

/// <summary>
/// Answers read aloud at the machine (optional, <c>Speech:SpokenReplies</c>). Fire-and-forget for the
/// answer stage: speaking takes seconds and must never hold up the next question.
/// </summary>
internal interface ISpokenReplies
{
    /// <summary>Starts speaking an answer, cutting off one still being spoken.</summary>
    void Speak(string id, string text, string language);

    /// <summary>Stops speaking at once (the button was pressed, <c>cmd/listen</c> arrived).</summary>
    void Interrupt();
}

/// <summary>No loudspeaker: replies are only published.</summary>
internal sealed class SilentReplies : ISpokenReplies
{
    /// <inheritdoc />
    public void Speak(string id, string text, string language)
    {
    }

    /// <inheritdoc />
    public void Interrupt()
    {
    }
}
