namespace Edge.Speech;

/// <summary>What ends a microphone recording (the maximum length always does).</summary>
public enum CaptureMode
{
    /// <summary>The recording ends when the button is released.</summary>
    PushToTalk,

    /// <summary>The recording ends when the speaker has stopped talking.</summary>
    VoiceActivity,
}
