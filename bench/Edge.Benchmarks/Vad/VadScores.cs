using Edge.Speech;
using Edge.Speech.Vad;
using Edge.Speech.Vad.Evaluation;

namespace Edge.Benchmarks.Vad;

/// <summary>Frame-level and utterance-level scores of one detector over a set of clips.</summary>
internal sealed class ClipScores
{
    private long truePositives, falsePositives, falseNegatives;

    public int Clips { get; private set; }

    /// <summary>Clips the detector called speech (a question).</summary>
    public int Detected { get; private set; }

    /// <summary>Signed start and end errors of detected utterances, ms (detected − true; unpadded regions).</summary>
    public List<double> StartErrors { get; } = [];

    public List<double> EndErrors { get; } = [];

    public double Precision => Ratio(truePositives, truePositives + falsePositives);

    public double Recall => Ratio(truePositives, truePositives + falseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(LabelledClip clip, SpeechFinding finding, VoiceActivity activity)
    {
        Clips++;
        var truth = clip.Mark(clip.Truth);
        var found = clip.Mark(finding.Regions);
        for (var i = 0; i < truth.Length; i++)
        {
            truePositives += truth[i] && found[i] ? 1 : 0;
            falsePositives += !truth[i] && found[i] ? 1 : 0;
            falseNegatives += truth[i] && !found[i] ? 1 : 0;
        }

        if (!activity.HasSpeech)
        {
            return;
        }

        Detected++;
        if (clip.HasSpeech)
        {
            StartErrors.Add((SpeechFinding.HopsToTime(finding.Regions[0].Start) - clip.SpeechStart).TotalMilliseconds);
            EndErrors.Add((SpeechFinding.HopsToTime(finding.Regions[^1].End + 1) - clip.SpeechEnd).TotalMilliseconds);
        }
    }

    public void Merge(ClipScores other)
    {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        Clips += other.Clips;
        Detected += other.Detected;
        StartErrors.AddRange(other.StartErrors);
        EndErrors.AddRange(other.EndErrors);
    }

    private static double Ratio(long a, long b) => b == 0 ? 0 : a / (double)b;
}

/// <summary>How live endpointing did: when it ended each recording relative to the last word.</summary>
internal sealed class EndpointScores
{
    public int Clips { get; private set; }

    /// <summary>Recordings in which the tracker heard speech start.</summary>
    public int Started { get; private set; }

    /// <summary>Noise-only recordings that the tracker ended as if a question was over (instead of waiting for one).</summary>
    public int EndedOnNoise { get; private set; }

    /// <summary>Speech clips still open 3 s after the last word: in the field, these run on to the maximum listen time.</summary>
    public int RanOn { get; private set; }

    /// <summary>Speech clips ended before the last word (a pause taken for the end).</summary>
    public int CutShort { get; private set; }

    /// <summary>End of recording minus end of the last word, ms, for speech clips that ended after it.</summary>
    public List<double> Delays { get; } = [];

    public void Add(LabelledClip clip, EndpointState state, TimeSpan? endedAt, bool started)
    {
        Clips++;
        Started += started ? 1 : 0;
        if (!clip.HasSpeech)
        {
            EndedOnNoise += state == EndpointState.Ended ? 1 : 0;
            return;
        }

        if (state != EndpointState.Ended || endedAt is null)
        {
            RanOn++;
        }
        else if (endedAt < clip.SpeechEnd)
        {
            CutShort++;
        }
        else
        {
            Delays.Add((endedAt.Value - clip.SpeechEnd).TotalMilliseconds);
        }
    }

    public void Merge(EndpointScores other)
    {
        Clips += other.Clips;
        Started += other.Started;
        EndedOnNoise += other.EndedOnNoise;
        RanOn += other.RanOn;
        CutShort += other.CutShort;
        Delays.AddRange(other.Delays);
    }
}

internal static class Stats
{
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static double MedianAbs(IReadOnlyCollection<double> values) => Percentile([.. values.Select(Math.Abs)], 0.5);
}
