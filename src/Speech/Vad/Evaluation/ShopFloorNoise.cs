namespace Edge.Speech.Vad.Evaluation;

/// <summary>
/// Sounds of a running shop floor, generated in code from a seed (same seed, same samples), 16 kHz,
/// scaled to an RMS of 1 so that mixing sets the level: steady broadband noise, mains hum, a whining
/// spindle, press strokes, compressed-air bursts, and all of them together.
/// </summary>
internal static class ShopFloorNoise
{
    /// <summary>Every kind, in the order tables list them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["brown", "pink", "hum", "whine", "impacts", "air", "mixture"];

    public static float[] Make(string kind, double seconds, int seed) => Normalize(kind switch
    {
        "brown" => Brown(Samples(seconds), new Random(seed)),
        "pink" => Pink(Samples(seconds), new Random(seed)),
        "hum" => Hum(Samples(seconds), new Random(seed)),
        "whine" => Whine(Samples(seconds), new Random(seed)),
        "impacts" => Impacts(Samples(seconds), new Random(seed)),
        "air" => Air(Samples(seconds), new Random(seed)),
        "mixture" => Mixture(seconds, seed),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, $"unknown noise; use one of {string.Join(", ", Kinds)}"),
    });

    private static int Samples(double seconds) => (int)(seconds * AudioClip.SampleRate);

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    /// <summary>Brown (red) noise: integrated white noise, leaky so it does not wander off.</summary>
    private static float[] Brown(int n, Random random)
    {
        var s = new float[n];
        double y = 0;
        for (var i = 0; i < n; i++)
        {
            y = (0.998 * y) + (0.05 * Gaussian(random));
            s[i] = (float)y;
        }

        return s;
    }

    /// <summary>Pink noise (−3 dB per octave), Paul Kellet's economy filter.</summary>
    private static float[] Pink(int n, Random random)
    {
        var s = new float[n];
        double b0 = 0, b1 = 0, b2 = 0;
        for (var i = 0; i < n; i++)
        {
            var white = Gaussian(random);
            b0 = (0.99765 * b0) + (white * 0.0990460);
            b1 = (0.96300 * b1) + (white * 0.2965164);
            b2 = (0.57000 * b2) + (white * 1.0526913);
            s[i] = (float)(b0 + b1 + b2 + (white * 0.1848));
        }

        return s;
    }

    /// <summary>Mains hum of a motor or transformer: 50 Hz and a strong 100 Hz with their harmonics, slightly unsteady.</summary>
    private static float[] Hum(int n, Random random)
    {
        (double Hz, double Amplitude)[] lines = [(50, 0.8), (100, 1.0), (150, 0.45), (200, 0.3), (250, 0.15), (300, 0.2), (400, 0.08), (600, 0.05)];
        var phases = lines.Select(_ => random.NextDouble() * 2 * Math.PI).ToArray();
        var s = new float[n];
        double wobble = 0;
        for (var i = 0; i < n; i++)
        {
            wobble = (0.9995 * wobble) + (0.0005 * Gaussian(random));
            var t = i / (double)AudioClip.SampleRate;
            double v = 0;
            for (var k = 0; k < lines.Length; k++)
            {
                v += lines[k].Amplitude * Math.Sin((2 * Math.PI * lines[k].Hz * t) + phases[k]);
            }

            s[i] = (float)(v * (1 + (5 * wobble)));
        }

        return s;
    }

    /// <summary>A whining spindle or gearbox: a tone sweeping slowly between 1 and 4 kHz, with its second harmonic.</summary>
    private static float[] Whine(int n, Random random)
    {
        var s = new float[n];
        var period = 4 + (random.NextDouble() * 4);          // seconds per sweep
        var offset = random.NextDouble() * 2 * Math.PI;
        double phase = 0;
        for (var i = 0; i < n; i++)
        {
            var t = i / (double)AudioClip.SampleRate;
            var hz = 2500 + (1500 * Math.Sin((2 * Math.PI * t / period) + offset));
            phase += 2 * Math.PI * hz / AudioClip.SampleRate;
            s[i] = (float)(Math.Sin(phase) + (0.25 * Math.Sin(2 * phase)) + (0.02 * Gaussian(random)));
        }

        return s;
    }

    /// <summary>Press strokes every 0.5–2 s: a sharp broadband crack and the ringing of the frame.</summary>
    private static float[] Impacts(int n, Random random)
    {
        var s = new float[n];
        var at = (int)(random.NextDouble() * AudioClip.SampleRate);
        while (at < n)
        {
            var strength = 0.6 + (0.4 * random.NextDouble());
            (double Hz, double Decay)[] modes = [(140 + (40 * random.NextDouble()), 0.15), (620, 0.08), (1350, 0.05), (2900, 0.03)];
            for (var i = at; i < Math.Min(n, at + AudioClip.SampleRate); i++)
            {
                var t = (i - at) / (double)AudioClip.SampleRate;
                var v = 2.0 * Math.Exp(-t / 0.012) * Gaussian(random);
                foreach (var (hz, decay) in modes)
                {
                    v += Math.Exp(-t / decay) * Math.Sin(2 * Math.PI * hz * t);
                }

                s[i] += (float)(strength * v);
            }

            at += (int)((0.5 + (1.5 * random.NextDouble())) * AudioClip.SampleRate);
        }

        return s;
    }

    /// <summary>Compressed-air bursts: hiss above ~1.5 kHz for 0.2–1.5 s with a quick attack and tail, at random gaps.</summary>
    private static float[] Air(int n, Random random)
    {
        var s = new float[n];
        double previous = 0, low = 0;
        var at = (int)(random.NextDouble() * 0.5 * AudioClip.SampleRate);
        while (at < n)
        {
            var length = (int)((0.2 + (1.3 * random.NextDouble())) * AudioClip.SampleRate);
            var level = 0.5 + (0.5 * random.NextDouble());
            for (var i = at; i < Math.Min(n, at + length + (AudioClip.SampleRate / 5)); i++)
            {
                var t = (i - at) / (double)AudioClip.SampleRate;
                var envelope = Math.Min(1, t / 0.02) * (i < at + length ? 1 : Math.Exp(-(i - at - length) / (0.05 * AudioClip.SampleRate)));
                var white = Gaussian(random);
                var high = white - previous;                  // first difference: tilts the hiss upwards
                previous = white;
                low += 0.5 * (high - low);                    // and a gentle low-pass keeps it from being pure white
                s[i] += (float)(level * envelope * low);
            }

            at += length + (int)((0.5 + (2.5 * random.NextDouble())) * AudioClip.SampleRate);
        }

        return s;
    }

    /// <summary>A running line: rumble, hum, a whine, strokes and air, each at its own level.</summary>
    private static float[] Mixture(double seconds, int seed)
    {
        (string Kind, double Gain)[] parts = [("brown", 0.6), ("hum", 0.5), ("whine", 0.25), ("impacts", 0.5), ("air", 0.35)];
        var s = new float[Samples(seconds)];
        for (var k = 0; k < parts.Length; k++)
        {
            var part = Make(parts[k].Kind, seconds, seed + (7919 * (k + 1)));
            for (var i = 0; i < s.Length; i++)
            {
                s[i] += (float)(parts[k].Gain * part[i]);
            }
        }

        return s;
    }

    private static float[] Normalize(float[] s)
    {
        double sum = 0;
        foreach (var v in s)
        {
            sum += v * v;
        }

        var rms = Math.Sqrt(sum / Math.Max(1, s.Length));
        if (rms > 0)
        {
            for (var i = 0; i < s.Length; i++)
            {
                s[i] = (float)(s[i] / rms);
            }
        }

        return s;
    }
}
