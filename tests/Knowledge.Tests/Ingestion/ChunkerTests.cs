using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Chunking;

namespace Edge.Knowledge.Tests.Ingestion;

public sealed class ChunkerTests
{
    private static readonly Chunker Chunker = new();

    private static DocumentBlock H(int level, string text, int? page = null) => new(BlockKind.Heading, text, level, page);

    private static DocumentBlock P(string text, int? page = null) => new(BlockKind.Paragraph, text, 0, page);

    private static DocumentBlock Block(BlockKind kind, string text, int? page = null) => new(kind, text, 0, page);

    /// <summary>A text of exactly <paramref name="words"/> words in sentences of ten words.</summary>
    private static string Words(int words, string word = "word")
        => string.Join(' ', Enumerable.Range(1, words).Select(i => i % 10 == 0 ? $"{word}{i}." : i % 10 == 1 ? $"Begin{i}" : $"{word}{i}"));

    private static IReadOnlyList<ChunkDraft> Chunk(params DocumentBlock[] blocks) => Chunker.Chunk(new ParsedDocument("Press 7 Manual", "test", blocks), TestContext.Current.CancellationToken);

    private static int Count(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    [Fact]
    public void Chunk_ShortSections_NeverShareAChunk()
    {
        var chunks = Chunk(H(2, "RESTART"), P("RESTART reloads the config."), H(2, "FIRMWARE_RESTART"), P("FIRMWARE_RESTART also resets the MCU."));

        Assert.Equal([["RESTART"], ["FIRMWARE_RESTART"]], chunks.Select(c => c.SectionPath));
        Assert.Equal(["RESTART reloads the config.", "FIRMWARE_RESTART also resets the MCU."], chunks.Select(c => c.Text));
    }

    [Fact]
    public void Chunk_SectionPath_RunsFromTopHeadingDownAndDropsTheTitleHeading()
    {
        var chunks = Chunk(H(1, "Press 7 Manual"), P("Intro."), H(2, "Maintenance"), H(3, "Spindle"), P("Grease it."), H(2, "Alarms"), P("Codes."));

        Assert.Equal([["Press 7 Manual"], ["Maintenance", "Spindle"], ["Alarms"]], chunks.Select(c => c.SectionPath));
    }

    [Fact]
    public void Chunk_TextBeforeAnyHeading_HasAnEmptyPath()
        => Assert.Empty(Chunk(P("Preface."), H(1, "One"), P("Text.")).First().SectionPath);

    [Fact]
    public void Chunk_ProcedureSteps_StayTogetherWithTheirLeadIn()
    {
        var steps = Enumerable.Range(1, 10).Select(i => Block(BlockKind.ListItem, $"{i}. Step {i} " + Words(13, "s"))).ToArray();
        var chunks = Chunk([H(2, "Lubrication"), P(Words(150)), P("Proceed as follows:"), .. steps]);

        var procedure = Assert.Single(chunks, c => c.Text.Contains("1. Step 1 ", StringComparison.Ordinal));
        Assert.StartsWith("Proceed as follows:", procedure.Text, StringComparison.Ordinal);
        Assert.All(steps, s => Assert.Contains(s.Text, procedure.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Chunk_HugeTable_SplitsIntoRowGroupsThatRepeatTheHeader()
    {
        var rows = Enumerable.Range(2000, 100).Select(code => Block(BlockKind.TableRow, $"{code} | Spindle fault number {code} | Check the drive")).ToList();
        var chunks = Chunk([H(2, "Alarm codes"), Block(BlockKind.TableRow, "Code | Meaning | Action"), .. rows]);

        Assert.True(chunks.Count > 1);
        Assert.All(chunks, c => Assert.StartsWith("Code | Meaning | Action\n", c.Text, StringComparison.Ordinal));
        Assert.All(chunks, c => Assert.InRange(Count(c.Text), 1, 220));
        Assert.All(rows, r => Assert.Single(chunks, c => c.Text.Contains(r.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public void Chunk_SafetyNotice_StaysWithTheTextItGuards()
    {
        var chunks = Chunk(H(2, "Hydraulics"), P(Words(200)), Block(BlockKind.Notice, "WARNING: Release the pressure first."), P("Open the valve " + Words(50)));

        Assert.Equal(2, chunks.Count);
        Assert.StartsWith("WARNING: Release the pressure first.\nOpen the valve", chunks[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunk_Page_IsThePageOfItsFirstBlock()
    {
        var chunks = Chunk(H(2, "Spindle", 2), P(Words(200), 3), P(Words(200), 4));

        Assert.Equal([3, 4], chunks.Select(c => c.Page));
    }

    [Fact]
    public void Chunk_CodeBlockUnderTheHardMaximum_StaysWhole()
    {
        var code = string.Join('\n', Enumerable.Range(1, 30).Select(i => $"line{i} " + Words(9, "c")));
        var chunks = Chunk(H(2, "Macro"), P(Words(100)), Block(BlockKind.Code, code));

        Assert.Single(chunks, c => c.Text == code);
    }

    [Fact]
    public void Chunk_CodeBlockOverTheHardMaximum_SplitsAtLineEnds()
    {
        var lines = Enumerable.Range(1, 70).Select(i => $"line{i} " + Words(9, "c")).ToList();
        var chunks = Chunk(H(2, "Macro"), Block(BlockKind.Code, string.Join('\n', lines)));

        Assert.True(chunks.Count >= 3);
        Assert.Equal(lines, chunks.SelectMany(c => c.Text.Split('\n')));
    }

    [Fact]
    public void Chunk_LongParagraph_SplitsAtSentenceEndsWithinTheLimits()
    {
        var chunks = Chunk(H(2, "Theory"), P(Words(1000)));

        Assert.True(chunks.Count >= 4);
        Assert.All(chunks, c => Assert.InRange(Count(c.Text), 1, 350));
        Assert.All(chunks, c => Assert.EndsWith(".", c.Text, StringComparison.Ordinal));
        Assert.Equal(1000, chunks.Sum(c => Count(c.Text)));
    }

    [Fact]
    public void Chunk_ParagraphsOfASection_PackToTheTargetSize()
    {
        var chunks = Chunk([H(2, "Theory"), .. Enumerable.Range(0, 20).Select(_ => P(Words(60)))]);

        Assert.All(chunks, c => Assert.InRange(Count(c.Text), 120, 240));
        Assert.Equal(Enumerable.Range(0, chunks.Count), chunks.Select(c => c.Ordinal));
    }

    [Fact]
    public void Chunk_ShortTailOfASection_JoinsTheChunkBefore()
    {
        var chunks = Chunk(H(2, "Theory"), P(Words(200)), P("One last remark."));

        Assert.EndsWith("One last remark.", Assert.Single(chunks).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Chunker_InconsistentSizes_AreRejected()
        => Assert.Throws<ArgumentException>(() => new Chunker(new ChunkingOptions { TargetMinWords = 300, TargetMaxWords = 200 }));
}
