using System.Numerics.Tensors;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class ArcticXsEmbedderTests(ArcticXsFixture model) : IClassFixture<ArcticXsFixture>
{
    private const string Question = "How do I replace the spindle belt?";

    private static readonly string[] Passages =
    [
        "Spindle › Drive belt: switch off the main power, loosen the motor plate screws, slip the old belt off the pulleys and fit the new one.",
        "Coolant: the tank holds 40 litres; check the level weekly and top up with 5 % emulsion.",
        "Error: Unable to read tmc uart 'stepper_x' register IFCNT",
        "",
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void CreateBundled_NamesModelWithHashAnd384Dimensions()
    {
        Assert.Matches("^snowflake-arctic-embed-xs@[0-9a-f]{12}$", model.Embedder.ModelName);
        Assert.Equal(384, model.Embedder.Dimensions);
    }

    [Fact]
    public void EmbedQueries_RelevantPassage_RanksAboveUnrelatedOnes()
    {
        var query = model.Embedder.EmbedQueries([Question], Ct)[0];
        var passages = model.Embedder.EmbedBatch(Passages, Ct);

        var relevant = TensorPrimitives.Dot(query, passages[0]);
        var unrelated = passages.Skip(1).Max(p => TensorPrimitives.Dot(query, p));
        Assert.True(relevant - unrelated > 0.1f, $"relevant {relevant}, best unrelated {unrelated}");
    }

    [Fact]
    public void EmbedQueries_PutsTheModelsInstructionBeforeQueriesOnly()
    {
        var query = model.Embedder.EmbedQueries([Question], Ct)[0];
        var withInstruction = model.Embedder.Embed(BundledEmbeddingModel.ArcticXs.QueryPrefix + Question);
        var asPassage = model.Embedder.Embed(Question);

        AssertClose(withInstruction, query);
        Assert.True(TensorPrimitives.Dot(query, asPassage) < 0.99f, "a query must not be embedded like a passage");
    }

    [Fact]
    public void EmbedBatch_PaddedTexts_EqualBareUnpaddedClsVectors()
    {
        var batch = model.Embedder.EmbedBatch(Passages, Ct);
        for (var i = 0; i < Passages.Length; i++)
        {
            AssertClose(model.Bare.Embed(Passages[i]), batch[i]);
            Assert.Equal(1.0, TensorPrimitives.Norm(batch[i]), 1e-5);
        }
    }

    [Fact]
    public void Embed_TextLongerThan512Tokens_IsTruncatedNotRejected()
    {
        var longText = string.Join(' ', Enumerable.Repeat("the spindle belt must be tensioned before the run", 200));
        AssertClose(model.Bare.Embed(longText), model.Embedder.Embed(longText));
    }

    private static void AssertClose(float[] expected, float[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-5, $"dimension {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
