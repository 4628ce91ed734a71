using Edge.Speech.Tests.Fixtures;

namespace Edge.Speech.Tests.Audio;

public class WavDecoderBadInputTests
{
    private static readonly float[] Tone = Signals.Sine(440, 16_000, 0.1);

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty", [], "truncated" },
        { "text", "Spindle alarm 2041 — this is not audio"u8.ToArray(), "Not a WAV file" },
        { "mp3 bytes", [0x49, 0x44, 0x33, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "Not a WAV file" },
        { "header cut", new WavBuilder().BuildMono(Tone)[..30], "truncated" },
        { "data size larger than file", new WavBuilder { DataSizeOverride = 1_000_000 }.BuildMono(Tone), "truncated or lying" },
        { "zero channels", new WavBuilder { Channels = 0, BlockAlignOverride = 2 }.Header(0), "0 channels" },
        { "absurd rate", new WavBuilder { SampleRate = 5 }.BuildMono(Tone), "absurd sample rate" },
        { "absurd high rate", new WavBuilder { SampleRate = 100_000_000 }.Header(0), "absurd sample rate" },
        { "block align mismatch", new WavBuilder { BlockAlignOverride = 3 }.BuildMono(Tone), "block align" },
        { "12-bit", new WavBuilder { Bits = 12, BlockAlignOverride = 2 }.Header(0), "Unsupported" },
        { "float 16", new WavBuilder { Bits = 16, Float = true }.Header(0), "Unsupported" },
        { "0 samples", new WavBuilder().BuildMono([]), "no audio samples" },
        { "no data chunk", new WavBuilder().Header(0)[..36], "no data chunk" },
        { "RF64", [.. "RF64"u8, 0xFF, 0xFF, 0xFF, 0xFF, .. "WAVE"u8], "RF64" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadInput_ThrowsAudioFormatExceptionNamingTheProblem(string name, byte[] bytes, string expected)
    {
        var error = Assert.Throws<AudioFormatException>(() => WavDecoder.Read(new MemoryStream(bytes)));

        Assert.Contains(expected, error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', error.Message);
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Read_NonSeekableTruncatedData_Throws()
    {
        var full = new WavBuilder().BuildMono(Tone);
        var stream = new EndlessStream(full[..44], audioBytes: 100); // header says 3200 bytes, 100 arrive

        var error = Assert.Throws<AudioFormatException>(() => WavDecoder.Read(stream));

        Assert.Contains("truncated", error.Message);
    }

    [Fact]
    public void Read_FloatNaNAndInfinity_BecomeSilenceNotACrash()
    {
        var samples = new float[1600];
        samples[10] = float.NaN;
        samples[20] = float.PositiveInfinity;
        var wav = new WavBuilder { Bits = 32, Float = true, SampleRate = 48_000 }.BuildMono(samples);

        var clip = WavDecoder.Read(new MemoryStream(wav));

        Assert.All(clip.Samples.ToArray(), v => Assert.True(float.IsFinite(v)));
    }

    [Fact]
    public void Read_RandomBytes_NeverThrowAnythingButAudioFormatException()
    {
        var random = new Random(42);
        var valid = new WavBuilder { SampleRate = 44_100, Channels = 2 }.Build(Tone);
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var k = 0; k < 4; k++)
            {
                bytes[random.Next(0, 48)] = (byte)random.Next(256);
            }

            try
            {
                WavDecoder.Read(new MemoryStream(bytes), TimeSpan.FromSeconds(1));
            }
            catch (AudioFormatException)
            {
            }
        }
    }
}
