namespace Edge.Speech;

/// <summary>An utterance as Whisper wants it: 16 kHz mono float samples in [-1, 1], plus where it came from.</summary>
public sealed class AudioClip
{
    /// <summary>The only sample rate a clip has; everything is resampled to it on the way in.</summary>
    public const int SampleRate = 16_000;

    private readonly float[] samples;

    /// <summary>Wraps 16 kHz mono samples; the array is owned by the clip from now on.</summary>
    public AudioClip(float[] samples, AudioSourceInfo? source = null)
    {
        ArgumentNullException.ThrowIfNull(samples);
        this.samples = samples;
        Source = source ?? AudioSourceInfo.Generated;
    }

    /// <summary>The samples, 16 kHz mono.</summary>
    public ReadOnlyMemory<float> Samples => samples;

    /// <summary>Number of samples.</summary>
    public int Length => samples.Length;

    /// <summary>Length in time.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(samples.Length / (double)SampleRate);

    /// <summary>Format of the audio before conversion.</summary>
    public AudioSourceInfo Source { get; }

    /// <summary>A copy of the part between two times (clamped to the clip).</summary>
    public AudioClip Slice(TimeSpan start, TimeSpan end)
    {
        var from = Math.Clamp(ToIndex(start), 0, samples.Length);
        var to = Math.Clamp(ToIndex(end), from, samples.Length);
        return new AudioClip(samples.AsSpan(from, to - from).ToArray(), Source);
    }

    /// <summary>The sample index nearest to a time.</summary>
    public static int ToIndex(TimeSpan time) => (int)Math.Round(time.TotalSeconds * SampleRate);

    /// <summary>The time of a sample index.</summary>
    public static TimeSpan ToTime(int index) => TimeSpan.FromSeconds(index / (double)SampleRate);
}
