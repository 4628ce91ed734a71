using System.Globalization;
using Edge.Speech;
using Edge.Speech.Vad;
using Edge.Speech.Vad.Evaluation;

namespace Edge.Benchmarks.Vad;

/// <summary>
/// Voice activity in shop-floor noise: the spectral detector, Silero VAD and Silero gated by the
/// spectral checks, on generated clips (see <see cref="VadCorpus"/>). Prints the tables of
/// docs/BENCHMARKS.md and the detector the numbers choose.
/// </summary>
internal static class VadBenchmark
{
    /// <summary>A Pi 5 core is taken as 3× slower than this machine's for this work (an estimate, not a measurement).</summary>
    private const double PiSlowdown = 3;
    private const double PiBudgetPercent = 5;
    private const double ChoiceSnr = 5;

    public static async Task RunAsync()
    {
        var settings = VadSettings.From(new SpeechOptions());
        var modelPath = SileroModelHost.ResolvePath(null);
        using var model = SileroModel.Load(modelPath);
        VadCandidate[] candidates =
        [
            new(VoiceDetectors.Spectral, new EnergySpectralVad(settings), () => new SpeechEndpointTracker(settings), settings),
            new(VoiceDetectors.Silero, new SileroVad(model, settings, gated: false), () => new SileroEndpointTracker(model, settings, gated: false), settings),
            new(VoiceDetectors.SileroGated, new SileroVad(model, settings, gated: true), () => new SileroEndpointTracker(model, settings, gated: true), settings),
        ];

        var utterances = await VadCorpus.UtterancesAsync();
        Report.Note($"{utterances.Count} utterances ({utterances.Count(u => u.Name.StartsWith("recorded", StringComparison.Ordinal))} recorded{(VadCorpus.HasRecordedVoice ? "" : "; install alsa-utils for the recorded voice")}), model {modelPath}");
        double speechSeconds = 0, noiseSeconds = 0;
        var clips = 0;
        foreach (var clip in VadCorpus.SpeechClips(utterances))
        {
            speechSeconds += clip.Clip.Duration.TotalSeconds;
            clips++;
            foreach (var candidate in candidates)
                candidate.Measure(clip);
        }

        foreach (var clip in VadCorpus.NoiseOnlyClips())
        {
            noiseSeconds += clip.Clip.Duration.TotalSeconds;
            clips++;
            foreach (var candidate in candidates)
                candidate.Measure(clip);
        }

        var audioSeconds = speechSeconds + noiseSeconds;
        Report.Note($"{clips} clips, {speechSeconds / 60:F1} min with speech, {noiseSeconds / 60:F1} min of noise only");
        Accuracy(candidates);
        PerNoise(candidates, ChoiceSnr);
        NoiseOnly(candidates);
        Endpointing(candidates);
        foreach (var candidate in candidates)
        {
            foreach (var miss in candidate.EndpointMisses.Take(6))
                Report.Note($"{candidate.Name}: {miss}");
        }

        Cost(candidates, audioSeconds);
        Choose(candidates, audioSeconds);
    }

    private static void Accuracy(VadCandidate[] candidates)
    {
        Console.WriteLine();
        Console.WriteLine("| detector | SNR | frame F1 | precision | recall | questions found | start error, median | end error, median |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        foreach (var candidate in candidates)
        {
            foreach (double? snr in new double?[] { null, 20, 10, 5, 0 })
            {
                var s = Pooled(candidate, snr);
                Console.WriteLine($"| {candidate.Name} | {(snr is null ? "clean" : $"{snr} dB")} | {s.F1:F3} | {s.Precision:F3} | {s.Recall:F3} | {s.Detected}/{s.Clips} | {Ms(Stats.MedianAbs(s.StartErrors))} | {Ms(Stats.MedianAbs(s.EndErrors))} |");
            }
        }
    }

    private static void PerNoise(VadCandidate[] candidates, double snr)
    {
        Console.WriteLine();
        Console.WriteLine($"Frame F1 (questions found) at {snr} dB SNR, per noise:");
        Console.WriteLine();
        Console.WriteLine($"| noise | {string.Join(" | ", candidates.Select(c => c.Name))} |");
        Console.WriteLine($"|---|{string.Concat(candidates.Select(_ => "---|"))}");
        foreach (var noise in ShopFloorNoise.Kinds)
        {
            var cells = candidates.Select(c => c.Clips[(noise, snr)]).Select(s => $"{s.F1:F3} ({s.Detected}/{s.Clips})");
            Console.WriteLine($"| {noise} | {string.Join(" | ", cells)} |");
        }
    }

    private static void NoiseOnly(VadCandidate[] candidates)
    {
        Console.WriteLine();
        Console.WriteLine("Noise only (each noise at −40, −30, −25, −20 dBFS, two seeds, and starting up after 2 s of silence): clips called a question; live recordings that heard speech start, and that then ended as if a question was over (a start that does not hold 250 ms of speech goes back to waiting):");
        Console.WriteLine();
        Console.WriteLine("| detector | called a question | live: speech started | live: recording ended | which noises (called + ended) |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var candidate in candidates)
        {
            var keys = candidate.Clips.Keys.Where(k => k.Snr is null && k.Noise != "clean").ToList();
            var triggered = keys.Sum(k => candidate.Clips[k].Detected);
            var total = keys.Sum(k => candidate.Clips[k].Clips);
            var starts = keys.Sum(k => candidate.Live[k].Started);
            var ended = keys.Sum(k => candidate.Live[k].EndedOnNoise);
            var which = keys.Where(k => candidate.Clips[k].Detected + candidate.Live[k].EndedOnNoise > 0)
                .Select(k => $"{k.Noise} {candidate.Clips[k].Detected}+{candidate.Live[k].EndedOnNoise}");
            Console.WriteLine($"| {candidate.Name} | {triggered}/{total} | {starts}/{total} | {ended}/{total} | {string.Join(", ", which)} |");
        }
    }

    private static void Endpointing(VadCandidate[] candidates)
    {
        Console.WriteLine();
        Console.WriteLine($"Live endpointing (100 ms chunks as arecord delivers them, Speech:EndOfSpeechMs {new SpeechOptions().EndOfSpeechMs}; delay = end of recording − end of the last word):");
        Console.WriteLine();
        Console.WriteLine("| detector | SNR | ended ≤ 0.9 s after | ≤ 1.2 s | median delay | p90 delay | ran on (still open 3 s later) | cut short | never started |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var candidate in candidates)
        {
            foreach (double? snr in new double?[] { null, 20, 10, 5, 0 })
            {
                var e = new EndpointScores();
                foreach (var (key, value) in candidate.Live.Where(kv => kv.Key.Snr == snr && (snr is not null || kv.Key.Noise == "clean")))
                    e.Merge(value);
                var within = e.Delays.Count(d => d <= 900);
                var within12 = e.Delays.Count(d => d <= 1200);
                Console.WriteLine($"| {candidate.Name} | {(snr is null ? "clean" : $"{snr} dB")} | {within}/{e.Clips} | {within12}/{e.Clips} | {Ms(Stats.Percentile(e.Delays, 0.5))} | {Ms(Stats.Percentile(e.Delays, 0.9))} | {e.RanOn} | {e.CutShort} | {e.Clips - e.Started} |");
            }
        }
    }

    private static void Cost(VadCandidate[] candidates, double audioSeconds)
    {
        Console.WriteLine();
        Console.WriteLine($"CPU per second of audio (thread CPU time over {audioSeconds / 60:F0} min of audio; Pi 5 estimated at {PiSlowdown}× this machine's core):");
        Console.WriteLine();
        Console.WriteLine("| detector | whole clip | live | live, % of one core here | live, est. % of a Pi 5 core | budget |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var c in candidates)
        {
            var clip = c.ClipCpuMs / audioSeconds;
            var live = c.LiveCpuMs / audioSeconds;
            Console.WriteLine($"| {c.Name} | {clip:F2} ms | {live:F2} ms | {live / 10:F2} % | {live * PiSlowdown / 10:F1} % | ≤ {PiBudgetPercent} % |");
        }
    }

    private static void Choose(VadCandidate[] candidates, double audioSeconds)
    {
        var eligible = candidates
            .Where(c => c.Clips.Where(kv => kv.Key.Snr is null && kv.Key.Noise != "clean").Sum(kv => kv.Value.Detected) == 0)
            .Where(c => c.LiveCpuMs / audioSeconds * PiSlowdown / 10 <= PiBudgetPercent)
            .OrderByDescending(c => Pooled(c, ChoiceSnr).F1)
            .ToList();
        Console.WriteLine();
        Console.WriteLine(eligible.Count == 0
            ? "No detector meets the rule (no noise-only triggers, live CPU within the Pi 5 budget)."
            : $"Chosen by the rule (best frame F1 at {ChoiceSnr} dB, no noise-only clip called a question, live CPU ≤ {PiBudgetPercent} % of a Pi 5 core): **{eligible[0].Name}** " +
              $"(F1 {string.Join(", ", candidates.Select(c => $"{c.Name} {Pooled(c, ChoiceSnr).F1:F3}"))}).");
    }

    private static ClipScores Pooled(VadCandidate candidate, double? snr)
    {
        var pooled = new ClipScores();
        foreach (var (key, value) in candidate.Clips.Where(kv => kv.Key.Snr == snr && (snr is not null || kv.Key.Noise == "clean")))
            pooled.Merge(value);
        return pooled;
    }

    private static string Ms(double ms) => double.IsNaN(ms) ? "–" : ms.ToString("F0", CultureInfo.InvariantCulture) + " ms";
}
