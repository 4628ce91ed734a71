namespace Edge.Speech;

/// <summary>Decides whether a clip holds speech and where it starts and ends, before Whisper runs.</summary>
public interface IVoiceActivityDetector
{
    /// <summary>Finds the speech in a clip; silence, noise and hum report <see cref="VoiceActivity.HasSpeech"/> false.</summary>
    VoiceActivity Detect(AudioClip clip);
}
