namespace Edge.Speech.Vad;

/// <summary>
/// Cuts 16 kHz audio into 25 ms Hann windows every 10 ms and measures each in the frequency domain.
/// Streaming: samples may arrive in chunks of any size.
/// </summary>
internal sealed class FrameAnalyzer
{
    public const int Hop = 160;                 // 10 ms
    private const int Window = 400;             // 25 ms
    private const int FftSize = 512;           // 31.25 Hz per bin
    private const int BandLow = 10;            // 312 Hz
    private const int BandHigh = 109;          // 3406 Hz
    private const int Rumble = 2;              // below 62 Hz: mains hum, not part of any total
    private static readonly Fft Transform = new(FftSize);
    private static readonly double[] Hann = Enumerable.Range(0, Window)
        .Select(i => 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (Window - 1)))).ToArray();

    private readonly float[] pending = new float[Window];
    private readonly double[] re = new double[FftSize];
    private readonly double[] im = new double[FftSize];
    private int filled;

    /// <summary>The features of every hop of a whole clip.</summary>
    public static List<FrameFeatures> Analyze(ReadOnlySpan<float> samples)
    {
        var frames = new List<FrameFeatures>((samples.Length / Hop) + 1);
        new FrameAnalyzer().Push(samples, frames);
        return frames;
    }

    /// <summary>Adds samples and reports the features of every hop they complete.</summary>
    public void Push(ReadOnlySpan<float> samples, List<FrameFeatures> frames)
    {
        while (!samples.IsEmpty)
        {
            var take = Math.Min(Window - filled, samples.Length);
            samples[..take].CopyTo(pending.AsSpan(filled));
            filled += take;
            samples = samples[take..];
            if (filled == Window)
            {
                frames.Add(Measure());
                pending.AsSpan(Hop).CopyTo(pending);
                filled = Window - Hop;
            }
        }
    }

    private FrameFeatures Measure()
    {
        for (var i = 0; i < FftSize; i++)
        {
            re[i] = i < Window ? pending[i] * Hann[i] : 0;
            im[i] = 0;
        }

        Transform.Transform(re, im);
        double band = 0, total = 0, logSum = 0, peak = 0;
        var peakBin = BandLow;
        const double Floor = 1e-12;
        for (var k = Rumble; k < FftSize / 2; k++)
        {
            var power = (re[k] * re[k]) + (im[k] * im[k]) + Floor;
            total += power;
            if (k is >= BandLow and < BandHigh)
            {
                band += power;
                logSum += Math.Log(power);
                if (power > peak)
                {
                    (peak, peakBin) = (power, k);
                }
            }
        }

        const int Bins = BandHigh - BandLow;
        var flatness = Math.Exp(logSum / Bins) / (band / Bins);

        // Scaled so a full-scale sine in the band reads about 0 dB.
        var bandDb = 10 * Math.Log10((band / (Window * Window / 16.0)) + 1e-12);
        var tone = Power(peakBin - 1) + peak + Power(peakBin + 1);
        return new FrameFeatures(bandDb, band / total, flatness, tone / band);
    }

    private double Power(int k) => k is >= BandLow and < BandHigh ? (re[k] * re[k]) + (im[k] * im[k]) : 0;
}
