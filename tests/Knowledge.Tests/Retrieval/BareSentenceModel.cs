using Edge.Knowledge.Retrieval;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Edge.Knowledge.Tests.Retrieval;

/// <summary>The reference: a bundled model's tokenizer and session used directly, one text at a time, pooling written out in plain loops with doubles.</summary>
internal sealed class BareSentenceModel : IDisposable
{
    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;
    private readonly BundledEmbeddingModel model;

    public BareSentenceModel(BundledEmbeddingModel model)
    {
        this.model = model;
        var resources = model.Assembly.GetName().Name + ".Resources.";
        using var onnx = model.Assembly.GetManifestResourceStream(resources + "model.onnx")!;
        using var copy = new MemoryStream();
        onnx.CopyTo(copy);
        ModelBytes = copy.ToArray();
        using var options = new SessionOptions { IntraOpNumThreads = 1 };
        session = new InferenceSession(ModelBytes, options);
        using var vocab = model.Assembly.GetManifestResourceStream(resources + "vocab.txt")!;
        tokenizer = BertTokenizer.Create(vocab, new BertOptions { LowerCaseBeforeTokenization = true, RemoveNonSpacingMarks = true });
    }

    public byte[] ModelBytes { get; }

    public float[] Embed(string text)
    {
        var ids = tokenizer.EncodeToIds(text, model.MaxTokens, addSpecialTokens: true, out _, out _).Select(id => (long)id).ToArray();
        long[] shape = [1, ids.Length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(Enumerable.Repeat(1L, ids.Length).ToArray(), shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        using var runOptions = new RunOptions();
        using var outputs = session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], ["last_hidden_state"]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var pooled = new double[384];
        var tokens = model.Pooling == SentencePooling.Cls ? 1 : ids.Length;
        for (var t = 0; t < tokens; t++)
        {
            for (var d = 0; d < 384; d++)
            {
                pooled[d] += hidden[(t * 384) + d] / tokens;
            }
        }

        var norm = Math.Sqrt(pooled.Sum(x => x * x));
        return [.. pooled.Select(x => (float)(x / norm))];
    }

    public void Dispose() => session.Dispose();
}
