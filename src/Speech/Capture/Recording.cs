namespace Edge.Speech;

/// <summary>Why a microphone recording ended.</summary>
public enum RecordingEndReason
{
    /// <summary>The button was released (<see cref="IRecordingSession.Stop"/>).</summary>
    Released,

    /// <summary>The speaker stopped talking (voice-activity mode).</summary>
    EndOfSpeech,

    /// <summary>Nobody spoke within the no-speech timeout (voice-activity mode).</summary>
    NoSpeech,

    /// <summary>The maximum question length was reached.</summary>
    MaxLength,

    /// <summary>The capture source ended by itself (a played-back file ran out).</summary>
    SourceEnded,
}

/// <summary>A finished microphone recording.</summary>
/// <param name="Clip">Everything captured, 16 kHz mono (the transcriber trims silence itself).</param>
/// <param name="EndReason">What ended it.</param>
public sealed record Recording(AudioClip Clip, RecordingEndReason EndReason);
