using Edge.Knowledge.Tests.KnowledgeBase;
using Edge.Knowledge.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Tests.Search;

/// <summary>The fusion knobs (<c>Knowledge:Search</c>) are read from configuration, checked at start and used.</summary>
[Collection(KnowledgeBaseCollection.Name)]
public sealed class SearchOptionsTests(MiniLmEmbedder embedder) : IDisposable
{
    private const string Lathe = """
        # Lathe L-20 operating manual

        ## 3 Chuck

        Clamp the workpiece in the three-jaw chuck and tighten each jaw with the chuck key to 40 Nm.

        ## 4 Tailstock

        Support long workpieces with the tailstock centre; lock the tailstock quill before turning.

        ## 5 Alarms

        Alarm ZK-7731 means the coolant level in the tank is low; top up coolant before restarting.
        """;

    private readonly TempDirectory files = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("RrfK", "0")]
    [InlineData("KeywordWeight", "-1")]
    [InlineData("Bm25B", "2")]
    [InlineData("SameLanguageBonus", "0.5")]
    public void OutOfRangeValue_IsRefused_NamingTheSetting(string key, string value)
    {
        using var services = KnowledgeServices.Create(embedder, new Dictionary<string, string?> { ["Search:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.Knowledge.Search("chuck", 3, cancellationToken: Ct));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NeitherKeywordNorMeaningWeighted_IsRefused()
    {
        using var services = KnowledgeServices.Create(embedder, new Dictionary<string, string?> { ["Search:KeywordWeight"] = "0", ["Search:DenseWeight"] = "0" });

        var error = Assert.Throws<OptionsValidationException>(() => services.Knowledge.Search("chuck", 3, cancellationToken: Ct));
        Assert.Contains("DenseWeight", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Weights_DecideTheFusedScore()
    {
        var data = files.File("data");
        using (var ingest = KnowledgeServices.Create(embedder, dataDirectory: data))
            ingest.Knowledge.Ingest([Write("lathe.md", Lathe)], cancellationToken: Ct);

        using var hybrid = KnowledgeServices.Create(embedder, dataDirectory: data);
        var fused = hybrid.Knowledge.Search("alarm ZK-7731", 3, cancellationToken: Ct);
        using var meaningOnly = KnowledgeServices.Create(embedder, new Dictionary<string, string?>
        {
            ["Search:KeywordWeight"] = "0", ["Search:HeadingWeight"] = "0", ["Search:PhraseWeight"] = "0",
        }, data);
        var dense = meaningOnly.Knowledge.Search("alarm ZK-7731", 3, cancellationToken: Ct);

        // Counting meaning alone, the first hit is first in the only ranking counted: the full score.
        Assert.Equal(1.0, dense[0].Score, 6);
        Assert.EndsWith("5 Alarms", fused[0].Section, StringComparison.Ordinal);
        Assert.All(dense.Skip(1), hit => Assert.True(hit.Score < 1.0));
    }

    private string Write(string name, string text)
    {
        var path = files.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => files.Dispose();
}
