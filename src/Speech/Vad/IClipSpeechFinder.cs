namespace Edge.Speech.Vad;

/// <summary>One way of finding the speech in a whole clip (spectral, Silero, Silero gated).</summary>
internal interface IClipSpeechFinder
{
    /// <summary>The detector's name as <c>Speech:Vad</c> spells it.</summary>
    string Name { get; }

    SpeechFinding Find(AudioClip clip, CancellationToken cancellationToken = default);
}
