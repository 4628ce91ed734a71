namespace Edge.Knowledge.Tests.Ingestion;

public sealed class MarkdownReaderTests
{
    [Fact]
    public void Markdown_HashLinesInsideCodeFence_AreNotHeadings()
    {
        var document = Read.Text("# Setup\n\n```bash\n# Change <mySerial> to your device\nls /dev/serial/by-id/*\n```\n\n    # indented code comment\n", "setup.md");

        Assert.Equal(["H1: Setup", "Code: # Change <mySerial> to your device\nls /dev/serial/by-id/*", "Code: # indented code comment"], Read.Outline(document));
    }

    [Fact]
    public void Markdown_HeadingInlineMarkup_IsRenderedAsPlainText()
    {
        var document = Read.Text("## After enabling `[input_shaper]`, parts are *too* smooth\n\n### See [the FAQ](FAQ.md#x) for **details**\n\ntext\n", "m.md");

        Assert.Equal(["H2: After enabling [input_shaper], parts are too smooth", "H3: See the FAQ for details"],
            Read.Outline(document).Where(l => l.StartsWith('H')));
    }

    [Fact]
    public void Markdown_SetextHeadings_AreHeadings()
        => Assert.Equal(["H1: Manual", "H2: Spindle", "Paragraph: Text."], Read.Outline(Read.Text("Manual\n======\n\nSpindle\n-------\n\nText.\n", "s.md")));

    [Fact]
    public void Markdown_Lists_KeepNumberingAndBullets()
    {
        var document = Read.Text("Steps:\n\n3. Switch off.\n4. Open the cover.\n   - Use the hex key.\n", "l.md");

        Assert.Equal(["Paragraph: Steps:", "ListItem: 3. Switch off.", "ListItem: 4. Open the cover.", "ListItem: \u2022 Use the hex key."], Read.Outline(document));
    }

    [Fact]
    public void Markdown_PipeTable_BecomesRows()
    {
        var document = Read.Text("| Code | Meaning |\n|------|---------|\n| 2041 | `Overtemp` |\n", "t.md");

        Assert.Equal(["TableRow: Code | Meaning", "TableRow: 2041 | Overtemp"], Read.Outline(document));
    }

    [Fact]
    public void Markdown_FrontMatter_IsIgnoredButNamesTheDocument()
    {
        var document = Read.Text("---\ntitle: Press 7\nauthor: x\n---\n# Intro\n\nText.\n", "f.md");

        Assert.Equal("Press 7", document.Title);
        Assert.Equal(["H1: Intro", "Paragraph: Text."], Read.Outline(document));
    }

    [Fact]
    public void Markdown_WarningQuote_IsANotice()
        => Assert.Equal(["Notice: WARNING: Do not touch the spindle."], Read.Outline(Read.Text("> **WARNING:** Do not touch the spindle.\n", "w.md")));

    [Fact]
    public void Markdown_ZeroBytes_IsRejectedAsEmpty()
        => Assert.StartsWith("empty file:", Read.Failure([], "empty.md"), StringComparison.Ordinal);
}
