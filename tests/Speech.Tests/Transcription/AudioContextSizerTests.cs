using Edge.Speech.Transcription;

namespace Edge.Speech.Tests.Transcription;

public class AudioContextSizerTests
{
    [Theory]
    [InlineData(1.0, 256)]     // minimum
    [InlineData(3.0, 256)]     // 150 + 64 margin → 214 → 256
    [InlineData(5.0, 320)]     // 250 + 64 → 314 → 320
    [InlineData(10.0, 576)]    // 500 + 64 → 564 → 576
    [InlineData(28.0, 1472)]   // 1400 + 64 → 1472, still below the 1500-frame window
    [InlineData(30.0, 0)]      // the full window
    [InlineData(60.0, 0)]
    public void For_Duration_CoversTheUtteranceWithAMargin(double seconds, int expected)
    {
        var frames = AudioContextSizer.For(TimeSpan.FromSeconds(seconds), 1500);

        Assert.Equal(expected, frames);
        Assert.True(frames == 0 || frames >= (seconds * 50) + 64);
    }

    [Fact]
    public void For_ModelWithSmallWindow_NeverExceedsIt() => Assert.Equal(0, AudioContextSizer.For(TimeSpan.FromSeconds(3), 64));
}
