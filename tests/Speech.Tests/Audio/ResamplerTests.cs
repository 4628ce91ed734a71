using Edge.Speech.Audio;
using Edge.Speech.Tests.Fixtures;

namespace Edge.Speech.Tests.Audio;

public class ResamplerTests
{
    [Theory]
    [InlineData(44_100)]
    [InlineData(48_000)]
    [InlineData(8_000)]
    [InlineData(22_050)]
    [InlineData(96_000)]
    [InlineData(44_056)]   // a rate whose exact ratio needs more phases than the table holds
    public void Resample_1kHzSine_KeepsFrequencyAndAmplitude(int rate)
    {
        var output = Resample(Signals.Sine(1000, rate, 1.0, amplitude: 0.5), rate);

        Assert.InRange(output.Length, 15_999, 16_001);
        Assert.InRange(Signals.Amplitude(output, 1000, 16_000), 0.49, 0.51);
        // Nothing else: the energy outside 1 kHz stays tiny (no imaging, no distortion).
        var residual = Math.Sqrt(Math.Max(0, Math.Pow(Signals.Rms(output.AsSpan(4000, 8000)), 2) - (0.5 * 0.5 / 2)));
        Assert.True(residual < 0.005, $"residual {residual}");
    }

    [Fact]
    public void Resample_12kHzAt48kHz_IsAttenuatedBy40dB()
    {
        var output = Resample(Signals.Sine(12_000, 48_000, 1.0, amplitude: 0.5), 48_000);

        // Without a low-pass filter the tone would alias to 4 kHz at full level.
        var level = Signals.Rms(output.AsSpan(4000, 8000)) / (0.5 / Math.Sqrt(2));
        Assert.True(20 * Math.Log10(level) <= -40, $"attenuation only {20 * Math.Log10(level):0.0} dB");
    }

    [Fact]
    public void Resample_InSmallChunks_MatchesOneBlock()
    {
        var input = Signals.WhiteNoise(0.5, 0.2, rate: 44_100);
        var whole = Resample(input, 44_100);

        var resampler = new PolyphaseResampler(44_100);
        var buffer = new SampleBuffer(1 << 20);
        for (var i = 0; i < input.Length; i += 37)
        {
            resampler.Process(input.AsSpan(i, Math.Min(37, input.Length - i)), buffer);
        }

        resampler.Flush(buffer);
        Assert.Equal(whole, buffer.ToArray());
    }

    [Fact]
    public void Resample_At16kHz_PassesSamplesThrough()
    {
        var input = Signals.WhiteNoise(0.1, 0.2);
        Assert.Equal(input, Resample(input, 16_000));
    }

    internal static float[] Resample(float[] input, int rate)
    {
        var resampler = new PolyphaseResampler(rate);
        var buffer = new SampleBuffer(1 << 22);
        resampler.Process(input, buffer);
        resampler.Flush(buffer);
        return buffer.ToArray();
    }
}
