using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Tests.Ingestion;

/// <summary>Alarm tables in PDFs: a cell that wraps onto a second line stays in its row and column.</summary>
public sealed class PdfTableContinuationTests
{
    private static string SampleManual(string name)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Edge.sln")))
            dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "samples", "manuals", name);
    }

    [Fact]
    public void WrappedCells_AreJoinedIntoTheirRow()
    {
        var rows = DocumentReaders.Default.Read(SampleManual("vmc-850-cnc-machining-centre.pdf"), TestContext.Current.CancellationToken)
            .Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text).ToList();

        // "ATC arm not at | origin" and "…, switch | B42" wrap in the printed table.
        var e4030 = Assert.Single(rows, r => r.StartsWith("E-4030", StringComparison.Ordinal));
        Assert.Equal("E-4030 | ATC arm not at origin | Arm stopped in mid-sequence, switch B42 | ATC recovery procedure (6.3)", e4030);
        Assert.DoesNotContain(rows, r => r.StartsWith("origin", StringComparison.Ordinal));
    }

    [Fact]
    public void NoTableRow_IsAStrayContinuationLine()
    {
        var rows = DocumentReaders.Default.Read(SampleManual("vmc-850-cnc-machining-centre.pdf"), TestContext.Current.CancellationToken)
            .Blocks.Where(b => b.Kind == BlockKind.TableRow).Select(b => b.Text).ToList();

        Assert.True(rows.Count(r => r.StartsWith("E-", StringComparison.Ordinal)) >= 25);
        // Continuation lines of wrapped cells start in the middle of a sentence, in lower case.
        Assert.DoesNotContain(rows, r => char.IsLower(r[0]));
    }
}
