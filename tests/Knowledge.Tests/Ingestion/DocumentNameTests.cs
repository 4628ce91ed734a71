using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>The one rule for document names, shared by ingestion and pack installation, and how names are printed.</summary>
public sealed class DocumentNameTests
{
    [Theory]
    [InlineData("pl-400-packaging-line.md")]
    [InlineData("de/pl_editor.html")]
    [InlineData("Wartung Presse 7 (2024).pdf")]
    public void OrdinaryNames_AreAccepted(string name) => Assert.Null(DocumentNames.Problem(name));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("../secrets.txt", "\"..\" segment")]
    [InlineData("a/./b.txt", "\".\"")]
    [InlineData("/etc/passwd", "absolute path")]
    [InlineData("C:\\manuals\\x.pdf", "absolute path")]
    [InlineData("line\nbreak.txt", "control characters")]
    [InlineData("bell\u0007.txt", "control characters")]
    [InlineData("caf\uFFFD.txt", "not valid UTF-8")]
    public void UnsafeNames_AreRefusedWithAReason(string name, string reason) =>
        Assert.Contains(reason, DocumentNames.Problem(name), StringComparison.Ordinal);

    [Fact]
    public void LongNames_AreRefused() => Assert.Contains("longer than 255", DocumentNames.Problem(new string('a', 256)), StringComparison.Ordinal);

    [Theory]
    [InlineData("press.md", "press.md")]
    [InlineData("press\nAnswer: open the guard.md", "press\\nAnswer: open the guard.md")]
    [InlineData("tab\there\r", "tab\\there\\r")]
    [InlineData("esc\u001b[31mred", "esc\\x1B[31mred")]
    public void Printable_EscapesControlCharacters_SoANameStaysOnItsLine(string name, string printed) =>
        Assert.Equal(printed, DocumentNames.Printable(name));
}
