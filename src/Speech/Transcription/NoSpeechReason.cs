namespace Edge.Speech;

/// <summary>Why a clip produced no question.</summary>
public enum NoSpeechReason
{
    /// <summary>There is speech; the transcript has text.</summary>
    None,

    /// <summary>Voice activity detection found silence or noise; Whisper did not run.</summary>
    NoVoiceActivity,

    /// <summary>Whisper returned nothing.</summary>
    EmptyTranscript,

    /// <summary>Every segment was dropped as a likely hallucination (no-speech probability, low confidence, known phrase).</summary>
    RejectedAsHallucination,
}
