using Edge.Knowledge.Generation;

namespace Edge.Knowledge.Tests.Generation;

public sealed class GroundedPromptTests
{
    // One token per word is close enough to a BPE count for the arithmetic these tests check.
    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public void Build_TagsTopPassagesWithCompactHeaders()
    {
        var prompt = GroundedPrompt.Build("Alarm 2041?", "en", TestPassages.Three, 3, 400, Words);

        Assert.Contains("[S1] Press 7 Operating Manual | Maintenance › Coolant | p. 12\nAlarm 2041 means", prompt.User, StringComparison.Ordinal);
        Assert.Contains("[S2] Press 7 Operating Manual | Alarms › Spindle | p. 31\n", prompt.User, StringComparison.Ordinal);
        Assert.Contains("[S3] hydraulics-notes.md | Hydraulics\n", prompt.User, StringComparison.Ordinal);
        Assert.Equal(TestPassages.Three, prompt.Sources);
        Assert.EndsWith("Question: Alarm 2041?\nAnswer in English and cite the sources, e.g. [S1].", prompt.User, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TakesOnlyTheConfiguredNumberOfPassages()
    {
        var prompt = GroundedPrompt.Build("Alarm?", "en", TestPassages.Three, 2, 400, Words);
        Assert.Equal([TestPassages.Coolant, TestPassages.Spindle], prompt.Sources);
        Assert.DoesNotContain("[S3]", prompt.User, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SystemMessageRequiresSourcesCitationsAndDeclineSentence()
    {
        var system = GroundedPrompt.Build("Alarm?", "en", TestPassages.Three, 3, 400, Words).System;
        Assert.Contains("only from the numbered sources", system, StringComparison.Ordinal);
        Assert.Contains("[S1]", system, StringComparison.Ordinal);
        Assert.EndsWith(GroundedInstructions.DeclineEnglish, system, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_GermanQuestion_AsksForGermanEvenFromEnglishSources()
    {
        var prompt = GroundedPrompt.Build("Was bedeutet Alarm 2041?", "de", TestPassages.Three, 3, 400, Words);
        Assert.Contains("Answer in German, even when the sources are in English.", prompt.System, StringComparison.Ordinal);
        Assert.EndsWith(GroundedInstructions.DeclineGerman, prompt.System, StringComparison.Ordinal);
        Assert.Contains("Answer in German", prompt.User, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithLongPassages_StaysWithinBudgetAtSentenceEnds()
    {
        var passages = new[] { TestPassages.Long(100), TestPassages.Long(100, "Other"), TestPassages.Coolant };
        var prompt = GroundedPrompt.Build("Which step?", "en", passages, 3, 120, Words);

        Assert.InRange(prompt.ContextTokens, 60, 120);
        Assert.Equal(3, prompt.Sources.Count);
        Assert.Contains(TestPassages.Coolant.Text, prompt.User, StringComparison.Ordinal);
        foreach (var block in prompt.User.Split("\n\n")[..2])
        {
            Assert.EndsWith("carefully.", block, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Build_NeverShortensTheQuestion()
    {
        var question = string.Join(' ', Enumerable.Repeat("very long question", 200));
        var prompt = GroundedPrompt.Build(question, "en", [TestPassages.Long(100)], 3, 64, Words);
        Assert.Contains($"Question: {question}\n", prompt.User, StringComparison.Ordinal);
        Assert.InRange(prompt.ContextTokens, 1, 64);
    }

    [Fact]
    public void Allocate_ShortPassagesKeepAllAndLeaveTheRestToLongOnes() =>
        Assert.Equal([10, 45, 45], PassageBudget.Allocate([10, 500, 80], 100));

    [Fact]
    public void Trim_FirstSentenceLongerThanAllowance_CutsAtAWordWithEllipsis()
    {
        var trimmed = SentenceTrimmer.Trim("one two three four five six seven eight. Nine.", 4, Words);
        Assert.Equal("one two three …", trimmed);
    }

    [Fact]
    public void Trim_KeepsListLinesWhole()
    {
        var trimmed = SentenceTrimmer.Trim("1 open the cover\n2 pull the filter out\n3 rinse it with water", 9, Words);
        Assert.Equal("1 open the cover\n2 pull the filter out", trimmed);
    }
}
