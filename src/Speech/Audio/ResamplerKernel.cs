namespace Edge.Speech.Audio;

/// <summary>
/// A bank of windowed-sinc low-pass filters, one per fractional input position ("phase"). The cutoff
/// sits below the Nyquist frequency of the slower rate, so downsampling does not alias and upsampling
/// does not image; a Kaiser window (β = 8) keeps the stop band about 80 dB down.
/// </summary>
internal sealed class ResamplerKernel
{
    private const double Rolloff = 0.9;       // pass band ends at 90 % of the lower Nyquist frequency
    private const int ZeroCrossings = 16;     // per side: sets the transition width
    private const double Beta = 8.0;

    public ResamplerKernel(int inputRate, int outputRate, int phases)
    {
        var cutoff = Rolloff * 0.5 * Math.Min(1.0, outputRate / (double)inputRate); // cycles per input sample
        HalfWidth = (int)Math.Ceiling(ZeroCrossings / (2 * cutoff));
        Phases = phases;
        Taps = 2 * HalfWidth;
        Coefficients = new float[phases * Taps];
        var i0Beta = BesselI0(Beta);
        for (var p = 0; p < phases; p++)
        {
            var offset = p / (double)phases;
            var row = Coefficients.AsSpan(p * Taps, Taps);
            double sum = 0;
            for (var j = 0; j < Taps; j++)
            {
                // Tap j multiplies input (i - HalfWidth + 1 + j) for an output at position i + offset.
                var x = j - HalfWidth + 1 - offset;
                var ratio = x / HalfWidth;
                var window = Math.Abs(ratio) >= 1 ? 0 : BesselI0(Beta * Math.Sqrt(1 - (ratio * ratio))) / i0Beta;
                var sinc = x == 0 ? 1 : Math.Sin(Math.PI * 2 * cutoff * x) / (Math.PI * 2 * cutoff * x);
                var h = 2 * cutoff * sinc * window;
                row[j] = (float)h;
                sum += h;
            }

            // Unit gain at DC in every phase, so amplitude does not wobble with the phase.
            for (var j = 0; j < Taps; j++)
            {
                row[j] = (float)(row[j] / sum);
            }
        }
    }

    public int HalfWidth { get; }

    public int Taps { get; }

    public int Phases { get; }

    public float[] Coefficients { get; }

    public ReadOnlySpan<float> Phase(int p) => Coefficients.AsSpan(p * Taps, Taps);

    private static double BesselI0(double x)
    {
        double sum = 1, term = 1, half = x / 2;
        for (var k = 1; k < 50 && term > 1e-12 * sum; k++)
        {
            term *= half / k * (half / k);
            sum += term;
        }

        return sum;
    }
}
