using Edge.Speech.Tests.Fixtures;

namespace Edge.Speech.Tests.Audio;

public class WavDecoderTests
{
    public static TheoryData<int, bool, bool> Formats => new()
    {
        { 8, false, false }, { 16, false, false }, { 24, false, false }, { 32, false, false },
        { 32, true, false }, { 64, true, false }, { 16, false, true }, { 24, false, true }, { 32, true, true },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Read_EachSampleFormat_DecodesTo16kHzMono(int bits, bool isFloat, bool extensible)
    {
        var wav = new WavBuilder { SampleRate = 44_100, Channels = 2, Bits = bits, Float = isFloat, Extensible = extensible }
            .Build(Signals.Sine(1000, 44_100, 0.5, 0.5));

        var clip = WavDecoder.Read(new MemoryStream(wav));

        Assert.Equal(AudioClip.SampleRate, 16_000);
        Assert.InRange(clip.Length, 7_999, 8_001);
        Assert.Equal(2, clip.Source.Channels);
        Assert.Equal(44_100, clip.Source.SampleRate);
        Assert.InRange(Signals.Amplitude(clip.Samples.Span, 1000, 16_000), bits == 8 ? 0.48 : 0.495, bits == 8 ? 0.52 : 0.505);
    }

    [Fact]
    public void Read_96kHzSixChannels_DownmixesAndResamples()
    {
        var channels = Enumerable.Range(0, 6).Select(c => Signals.Sine(1000, 96_000, 1.0, c < 3 ? 0.6 : 0.0)).ToArray();
        var wav = new WavBuilder { SampleRate = 96_000, Channels = 6, Bits = 24, Extensible = true }.Build(channels);

        var clip = WavDecoder.Read(new MemoryStream(wav));

        Assert.InRange(clip.Duration.TotalSeconds, 0.999, 1.001);
        Assert.InRange(Signals.Amplitude(clip.Samples.Span, 1000, 16_000), 0.295, 0.305); // mean of 3 × 0.6 and 3 × 0
    }

    [Fact]
    public void Read_NonSeekableStreamWithPlaceholderLength_ReadsToTheEnd()
    {
        // What espeak-ng --stdout and arecord write to a pipe: the data size is unknown.
        var header = new WavBuilder { SampleRate = 22_050, DataSizeOverride = 0x7FFFF000 }.Header(0);
        var stream = new EndlessStream(header, audioBytes: 22_050 * 2);

        var clip = WavDecoder.Read(stream);

        Assert.InRange(clip.Duration.TotalSeconds, 0.999, 1.001);
    }

    [Fact]
    public void Read_HeaderDeclaringEightHours_IsRefusedAtOnceWithoutReadingAudio()
    {
        var header = new WavBuilder { SampleRate = 48_000, Channels = 2 }.Header(unchecked((uint)(8L * 3600 * 48_000 * 4 / 2)));
        var eightHours = new WavBuilder { SampleRate = 24_000, Channels = 1 }.Header((uint)(8L * 3600 * 24_000 * 2));
        var stream = new EndlessStream(eightHours);

        var error = Assert.Throws<AudioFormatException>(() => WavDecoder.Read(stream));

        Assert.Contains("8:00:00", error.Message);
        Assert.Contains("60 s", error.Message);
        // Refused from the header alone: not one byte of audio was read.
        Assert.Equal(eightHours.Length, stream.BytesRead);
        Assert.NotEmpty(header);
    }

    [Fact]
    public void Read_EndlessStreamWithUnknownLength_StopsAtTheLimit()
    {
        var header = new WavBuilder { SampleRate = 48_000, Channels = 2 }.Header(0xFFFFFFFF);
        var stream = new EndlessStream(header);

        var error = Assert.Throws<AudioFormatException>(() => WavDecoder.Read(stream, TimeSpan.FromSeconds(5)));

        Assert.Contains("limit", error.Message);
        Assert.InRange(stream.BytesRead, 5 * 48_000 * 4, (5 * 48_000 * 4) + (128 * 1024)); // bounded: one block past
    }

    [Fact]
    public void Read_SeekableFileWithPlaceholderLength_IsJudgedByItsRealLengthUpFront()
    {
        var wav = new WavBuilder { DataSizeOverride = 0xFFFFFFFF }.BuildMono(Signals.Sine(440, 16_000, 3.0));

        Assert.Equal(48_000, WavDecoder.Read(new MemoryStream(wav), TimeSpan.FromSeconds(3)).Length);
        Assert.Contains("0:00:03", Assert.Throws<AudioFormatException>(() => WavDecoder.Read(new MemoryStream(wav), TimeSpan.FromSeconds(2))).Message);
    }

    [Fact]
    public void Read_ShorterThanTheLimit_IsAccepted()
    {
        var wav = new WavBuilder().BuildMono(Signals.Sine(440, 16_000, 2.0));
        Assert.Equal(32_000, WavDecoder.Read(new MemoryStream(wav), TimeSpan.FromSeconds(2)).Length);
    }

    [Fact]
    public void ReadFile_NamesTheFileAsOrigin()
    {
        var path = Path.Combine(Path.GetTempPath(), $"edge-{Guid.NewGuid():N}.wav");
        File.WriteAllBytes(path, new WavBuilder().BuildMono(Signals.Sine(440, 16_000, 0.2)));
        try
        {
            Assert.Equal(Path.GetFileName(path), WavDecoder.ReadFile(path).Source.Origin);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
