namespace Edge.Speech.Vad.Evaluation;

/// <summary>A clip whose speech is known: where it is, in which noise, at what signal-to-noise ratio.</summary>
/// <param name="Clip">The audio, 16 kHz.</param>
/// <param name="Speech">Name of the utterance (empty for noise only).</param>
/// <param name="Noise">Noise kind, or <c>clean</c>.</param>
/// <param name="SnrDb">Signal-to-noise ratio of the mix; null for clean speech and for noise only.</param>
/// <param name="Truth">Where the speech is, in 10 ms hops; empty for noise only.</param>
internal sealed record LabelledClip(AudioClip Clip, string Speech, string Noise, double? SnrDb, IReadOnlyList<SpeechRegion> Truth)
{
    public bool HasSpeech => Truth.Count > 0;

    /// <summary>Start of the first word.</summary>
    public TimeSpan SpeechStart => HasSpeech ? SpeechFinding.HopsToTime(Truth[0].Start) : TimeSpan.Zero;

    /// <summary>End of the last word.</summary>
    public TimeSpan SpeechEnd => HasSpeech ? SpeechFinding.HopsToTime(Truth[^1].End + 1) : TimeSpan.Zero;

    /// <summary>Number of whole 10 ms hops in the clip.</summary>
    public int Hops => Clip.Length / FrameAnalyzer.Hop;

    /// <summary>Marks the hops covered by <paramref name="regions"/>.</summary>
    public bool[] Mark(IEnumerable<SpeechRegion> regions)
    {
        var marks = new bool[Hops];
        foreach (var region in regions)
        {
            for (var i = Math.Max(0, region.Start); i <= Math.Min(Hops - 1, region.End); i++)
            {
                marks[i] = true;
            }
        }

        return marks;
    }
}
