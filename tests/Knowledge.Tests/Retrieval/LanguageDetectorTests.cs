using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Wie tausche ich die Spindel?")]
    [InlineData("Was bedeutet Alarm 2041 an der Fräse?")]
    [InlineData("Kühlmittelpumpe läuft nicht")]
    [InlineData("Die Referenzfahrt bricht ab")]
    [InlineData("Warum wird das Heizbett nicht warm")]
    public void Detect_GermanQuestions_ReturnsDe(string text) => Assert.Equal("de", LanguageDetector.Detect(text));

    [Theory]
    [InlineData("QUERY_ENDSTOPS says open")]
    [InlineData("How do I replace the spindle belt?")]
    [InlineData("Spindle alarm 2041, what do I check first?")]
    [InlineData("The heated bed does not reach temperature")]
    public void Detect_EnglishQuestions_ReturnsEn(string text) => Assert.Equal("en", LanguageDetector.Detect(text));

    [Theory]
    [InlineData("")]
    [InlineData("E-2041")]
    [InlineData("Spindel")]
    [InlineData("HOME_SEARCH_VEL 2041")]
    public void Detect_WithoutEvidence_DefaultsToEn(string text) => Assert.Equal("en", LanguageDetector.Detect(text));
}
