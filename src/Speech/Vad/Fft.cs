namespace Edge.Speech.Vad;

/// <summary>In-place radix-2 complex FFT of a fixed power-of-two size, tables computed once.</summary>
internal sealed class Fft
{
    private readonly int size;
    private readonly int[] reversed;
    private readonly double[] cos;
    private readonly double[] sin;

    public Fft(int size)
    {
        if (size < 2 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "FFT size must be a power of two.");
        }

        this.size = size;
        reversed = new int[size];
        var bits = (int)Math.Log2(size);
        for (var i = 0; i < size; i++)
        {
            var r = 0;
            for (var b = 0; b < bits; b++)
            {
                r |= ((i >> b) & 1) << (bits - 1 - b);
            }

            reversed[i] = r;
        }

        cos = new double[size / 2];
        sin = new double[size / 2];
        for (var i = 0; i < size / 2; i++)
        {
            cos[i] = Math.Cos(2 * Math.PI * i / size);
            sin[i] = -Math.Sin(2 * Math.PI * i / size);
        }
    }

    public void Transform(Span<double> re, Span<double> im)
    {
        for (var i = 0; i < size; i++)
        {
            var j = reversed[i];
            if (j > i)
            {
                (re[i], re[j]) = (re[j], re[i]);
                (im[i], im[j]) = (im[j], im[i]);
            }
        }

        for (var length = 2; length <= size; length <<= 1)
        {
            var half = length / 2;
            var step = size / length;
            for (var start = 0; start < size; start += length)
            {
                for (var k = 0; k < half; k++)
                {
                    double wr = cos[k * step], wi = sin[k * step];
                    int a = start + k, b = a + half;
                    var tr = (re[b] * wr) - (im[b] * wi);
                    var ti = (re[b] * wi) + (im[b] * wr);
                    re[b] = re[a] - tr;
                    im[b] = im[a] - ti;
                    re[a] += tr;
                    im[a] += ti;
                }
            }
        }
    }
}
