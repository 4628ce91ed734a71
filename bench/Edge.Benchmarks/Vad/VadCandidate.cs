using Edge.Speech;
using Edge.Speech.Vad;
using Edge.Speech.Vad.Evaluation;

namespace Edge.Benchmarks.Vad;

/// <summary>One detector under test, with everything measured about it.</summary>
internal sealed class VadCandidate(string name, IClipSpeechFinder finder, Func<IEndpointTracker> tracker, VadSettings settings)
{
    private const int ChunkSamples = AudioClip.SampleRate / 10;   // arecord's 100 ms chunks

    public string Name => name;

    public Dictionary<(string Noise, double? Snr), ClipScores> Clips { get; } = [];

    public Dictionary<(string Noise, double? Snr), EndpointScores> Live { get; } = [];

    /// <summary>Speech clips that live endpointing cut short or let run on, for a person to look at.</summary>
    public List<string> EndpointMisses { get; } = [];

    public double ClipCpuMs { get; private set; }

    public double LiveCpuMs { get; private set; }

    public void Measure(LabelledClip clip)
    {
        var before = ThreadCpu.NowMs();
        var finding = finder.Find(clip.Clip);
        var activity = finding.ToActivity(clip.Clip, settings);
        ClipCpuMs += ThreadCpu.NowMs() - before;
        Get(Clips, clip).Add(clip, finding, activity);

        before = ThreadCpu.NowMs();
        var (state, endedAt, started) = Follow(clip.Clip);
        LiveCpuMs += ThreadCpu.NowMs() - before;
        Get(Live, clip).Add(clip, state, endedAt, started);
        if (clip.HasSpeech && (endedAt is null || endedAt < clip.SpeechEnd))
            EndpointMisses.Add($"{(endedAt is null ? "ran on" : $"cut at {endedAt.Value.TotalSeconds:F1} s")}: {clip.Speech} in {clip.Noise} {clip.SnrDb} dB (speech {clip.SpeechStart.TotalSeconds:F2}–{clip.SpeechEnd.TotalSeconds:F2} s)");
    }

    /// <summary>Feeds the clip as a microphone would, and notes when speech started and when the recording would end.</summary>
    private (EndpointState State, TimeSpan? EndedAt, bool Started) Follow(AudioClip clip)
    {
        using var live = tracker();
        var samples = clip.Samples.Span;
        var started = false;
        for (var offset = 0; offset < samples.Length; offset += ChunkSamples)
        {
            var state = live.Push(samples.Slice(offset, Math.Min(ChunkSamples, samples.Length - offset)));
            started |= state != EndpointState.Waiting;
            if (state == EndpointState.Ended)
                return (state, AudioClip.ToTime(Math.Min(offset + ChunkSamples, samples.Length)), started);
        }

        return (live.State, null, started);
    }

    private static T Get<T>(Dictionary<(string, double?), T> scores, LabelledClip clip)
        where T : new()
    {
        var key = (clip.Noise, clip.SnrDb);
        if (!scores.TryGetValue(key, out var score))
            scores[key] = score = new T();
        return score;
    }
}
