using Edge.Speech.Transcription;

namespace Edge.Speech.Tests.Transcription;

public class HallucinationFilterTests
{
    private readonly HallucinationFilter filter = new(noSpeechThreshold: 0.6, logProbThreshold: -1.0);

    private static TranscriptSegment Segment(string text, double noSpeech = 0.01, double logProb = -0.2) =>
        new(TimeSpan.Zero, TimeSpan.FromSeconds(2), text, "en", 0.9, noSpeech, logProb);

    [Theory]
    [InlineData("Spindle alarm 2041, what do I check first?")]
    [InlineData("Vielen Dank.")]                       // a real sentence when Whisper is sure of it
    [InlineData("Thank you")]
    public void Judge_ConfidentSpeech_IsKept(string text) => Assert.Null(filter.Judge(Segment(text)));

    [Theory]
    [InlineData("Thank you for watching!")]
    [InlineData("Untertitel im Auftrag des ZDF, 2017")]
    [InlineData("Untertitel der Amara.org-Community")]
    [InlineData("Vielen Dank.")]
    [InlineData("Thanks for watching.")]
    public void Judge_KnownPhraseWithLowConfidence_IsDropped(string text)
    {
        Assert.Contains("known hallucination", filter.Judge(Segment(text, noSpeech: 0.35)));
        Assert.Contains("known hallucination", filter.Judge(Segment(text, logProb: -0.7)));
    }

    [Theory]
    [InlineData("[Music]")]
    [InlineData("(Musik)")]
    [InlineData("[BLANK_AUDIO]")]
    [InlineData("*Applaus*")]
    [InlineData("♪ ♪")]
    public void Judge_NonSpeechAnnotation_IsAlwaysDropped(string text) =>
        Assert.Contains("annotation", filter.Judge(Segment(text)));

    [Fact]
    public void Judge_HighNoSpeechAndLowLogProb_IsDropped() =>
        Assert.Contains("no-speech probability", filter.Judge(Segment("Press seven is ready", noSpeech: 0.8, logProb: -1.5)));

    [Fact]
    public void Judge_HighNoSpeechButConfidentText_IsKept() =>
        Assert.Null(filter.Judge(Segment("Press seven is ready", noSpeech: 0.8, logProb: -0.3)));

    [Theory]
    [InlineData("")]
    [InlineData("  ...  ")]
    public void Judge_EmptyText_IsDropped(string text) => Assert.Equal("empty text", filter.Judge(Segment(text)));
}
