namespace Edge.Speech.Vad;

/// <summary>Tuning of the detectors and the live endpointing, taken from <see cref="SpeechOptions"/>.</summary>
internal sealed record VadSettings
{
    /// <summary>How far above the noise floor a frame's speech-band level must rise.</summary>
    public double ThresholdDb { get; init; } = 8;

    /// <summary>Below this level nothing is speech, however quiet the room (dither, idle microphones).</summary>
    public double AbsoluteMinDb { get; init; } = -60;

    /// <summary>Voiced speech is harmonic; noise is flat. White noise reads about 0.56.</summary>
    public double MaxFlatness { get; init; } = 0.45;

    /// <summary>Speech puts most of its power between 300 and 3400 Hz; hum and rumble do not.</summary>
    public double MinBandRatio { get; init; } = 0.3;

    /// <summary>A beeper or whine is one spectral line; even the cleanest vowel spreads over harmonics.</summary>
    public double MaxTonality { get; init; } = 0.9;

    /// <summary>Speech rises and falls with every syllable; a machine that starts up stays level.</summary>
    public double MinModulationDb { get; init; } = 3;

    public TimeSpan MinSpeech { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan Padding { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Gaps shorter than this (between words) stay inside one stretch of speech.</summary>
    public TimeSpan BridgeGap { get; init; } = TimeSpan.FromMilliseconds(300);

    public TimeSpan EndOfSpeechSilence { get; init; } = TimeSpan.FromMilliseconds(700);

    /// <summary>Silero: a window at or above this probability starts (or continues) speech.</summary>
    public double SileroThreshold { get; init; } = 0.5;

    /// <summary>Silero: speech holds until the probability falls below this (hysteresis, as Silero's own tools do).</summary>
    public double SileroEndThreshold => Math.Max(SileroThreshold - 0.15, 0.01);

    public static VadSettings From(SpeechOptions options) => new()
    {
        ThresholdDb = options.VadThresholdDb,
        MinSpeech = TimeSpan.FromMilliseconds(options.MinSpeechMs),
        Padding = TimeSpan.FromMilliseconds(options.SpeechPaddingMs),
        EndOfSpeechSilence = TimeSpan.FromMilliseconds(options.EndOfSpeechMs),
        SileroThreshold = options.SileroThreshold,
    };

    /// <summary>Silero's hysteresis: whether speech goes on after a window with this probability.</summary>
    public bool SileroSpeaking(double probability, bool wasSpeaking) =>
        probability >= SileroThreshold || (wasSpeaking && probability >= SileroEndThreshold);

    public bool IsSpeechLike(FrameFeatures frame, double noiseFloorDb) =>
        frame.BandDb >= noiseFloorDb + ThresholdDb
        && frame.BandDb >= AbsoluteMinDb
        && frame.Flatness <= MaxFlatness
        && frame.BandRatio >= MinBandRatio
        && frame.Tonality <= MaxTonality;

    public static int Frames(TimeSpan time) => (int)Math.Round(time.TotalSeconds * AudioClip.SampleRate / FrameAnalyzer.Hop);
}
