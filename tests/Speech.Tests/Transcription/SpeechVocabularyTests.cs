namespace Edge.Speech.Tests.Transcription;

public class SpeechVocabularyTests
{
    [Fact]
    public void Prompt_JoinsTermsInOrderWithoutDuplicatesOrBlanks()
    {
        var vocabulary = new SpeechVocabulary(["Presse 7", "  Alarm   2041 ", "", "presse 7", "Hydraulikpumpe P3"]);

        Assert.Equal("Presse 7, Alarm 2041, Hydraulikpumpe P3.", vocabulary.Prompt);
        Assert.Equal(["Presse 7", "Alarm 2041", "Hydraulikpumpe P3"], vocabulary.Terms);
    }

    [Fact]
    public void Prompt_ManyTerms_IsCappedAtTheTokenBudget()
    {
        var terms = Enumerable.Range(0, 1000).Select(i => $"Störmeldung E{i:0000} Spindelantrieb");

        var vocabulary = new SpeechVocabulary(terms);

        Assert.InRange(vocabulary.EstimatedTokens, 150, SpeechVocabulary.MaxPromptTokens);
        Assert.InRange(vocabulary.Prompt.Length, 300, 900);
        Assert.StartsWith("Störmeldung E0000 Spindelantrieb, Störmeldung E0001", vocabulary.Prompt);
    }

    [Fact]
    public void Empty_HasNoPrompt()
    {
        Assert.Equal(string.Empty, SpeechVocabulary.Empty.Prompt);
        Assert.Empty(new SpeechVocabulary([new string('x', 200)]).Terms);   // absurdly long terms are skipped
    }
}
