namespace Edge.Speech.Tests.Fixtures;

/// <summary>Test signals generated in code: tones, noise, mains hum, machine noise, and measurements.</summary>
internal static class Signals
{
    public static float[] Sine(double hz, int rate, double seconds, double amplitude = 0.5)
    {
        var n = (int)(rate * seconds);
        var s = new float[n];
        for (var i = 0; i < n; i++)
        {
            s[i] = (float)(amplitude * Math.Sin(2 * Math.PI * hz * i / rate));
        }

        return s;
    }

    public static float[] Silence(double seconds, int rate = 16_000) => new float[(int)(rate * seconds)];

    /// <summary>Gaussian white noise with the given RMS level.</summary>
    public static float[] WhiteNoise(double seconds, double rms, int seed = 7, int rate = 16_000)
    {
        var random = new Random(seed);
        var s = new float[(int)(rate * seconds)];
        for (var i = 0; i < s.Length; i++)
        {
            var g = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            s[i] = (float)(g * rms);
        }

        return s;
    }

    /// <summary>50 Hz mains hum with its odd harmonics, as picked up by a microphone near a motor.</summary>
    public static float[] Hum(double seconds, double amplitude = 0.3, int rate = 16_000)
    {
        var s = new float[(int)(rate * seconds)];
        for (var i = 0; i < s.Length; i++)
        {
            var t = i / (double)rate;
            s[i] = (float)(amplitude * (Math.Sin(2 * Math.PI * 50 * t) + (0.3 * Math.Sin(2 * Math.PI * 150 * t)) + (0.1 * Math.Sin(2 * Math.PI * 250 * t))));
        }

        return s;
    }

    /// <summary>Steady machine noise: low-passed broadband rumble, a gear whine at 1.2 kHz, and hum.</summary>
    public static float[] MachineNoise(double seconds, int seed = 3, int rate = 16_000)
    {
        var noise = WhiteNoise(seconds, 0.2, seed, rate);
        var hum = Hum(seconds, 0.1, rate);
        var s = new float[noise.Length];
        var lp = 0.0;
        for (var i = 0; i < s.Length; i++)
        {
            lp += 0.1 * (noise[i] - lp);
            s[i] = (float)(lp + (0.4 * noise[i] * 0.3) + hum[i] + (0.05 * Math.Sin(2 * Math.PI * 1200 * i / rate)));
        }

        return s;
    }

    public static double Rms(ReadOnlySpan<float> s)
    {
        double sum = 0;
        foreach (var v in s)
        {
            sum += v * v;
        }

        return s.Length == 0 ? 0 : Math.Sqrt(sum / s.Length);
    }

    /// <summary>Mixes noise into speech at a signal-to-noise ratio measured over the speech's active part.</summary>
    public static float[] Mix(float[] speech, float[] noise, double snrDb)
    {
        var active = speech.Where(v => Math.Abs(v) > 1e-3).ToArray();
        var gain = Rms(active) / Rms(noise) / Math.Pow(10, snrDb / 20);
        var mixed = new float[speech.Length];
        for (var i = 0; i < mixed.Length; i++)
        {
            mixed[i] = (float)(speech[i] + (gain * noise[i % noise.Length]));
        }

        return mixed;
    }

    /// <summary>Amplitude of one frequency (Goertzel), over the middle of the signal to skip edge effects.</summary>
    public static double Amplitude(ReadOnlySpan<float> s, double hz, int rate)
    {
        var start = s.Length / 4;
        var length = s.Length / 2;
        var w = 2 * Math.PI * hz / rate;
        double re = 0, im = 0;
        for (var i = 0; i < length; i++)
        {
            re += s[start + i] * Math.Cos(w * (start + i));
            im += s[start + i] * Math.Sin(w * (start + i));
        }

        return 2 * Math.Sqrt((re * re) + (im * im)) / length;
    }

    public static float[] Concat(params float[][] parts) => parts.SelectMany(p => p).ToArray();
}
