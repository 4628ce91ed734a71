using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Edge.Knowledge.Retrieval;

/// <summary>Runs a BERT-style ONNX sentence-embedding model: WordPiece, transformer, mean or [CLS] pooling, L2 normalisation.</summary>
/// <remarks>
/// Create one per process (<see cref="CreateBundled"/> or <see cref="FromFiles"/>) and share it: loading
/// costs a second and ~100 MB, while <see cref="EmbedBatch"/> is thread-safe. Texts of a batch are
/// sorted by token count and run in small groups padded to their longest member, so short questions
/// do not pay for long chunks.
/// </remarks>
internal sealed partial class OnnxSentenceEmbedder : ITextEmbedder
{
    private readonly InferenceSession session;
    private readonly SessionOptions sessionOptions;
    private readonly BertTokenizer tokenizer;
    private readonly OnnxEmbedderOptions options;
    private readonly string outputName;
    private readonly bool wantsTokenTypes;

    /// <inheritdoc/>
    public string ModelName { get; }

    /// <inheritdoc/>
    public int Dimensions { get; }

    /// <inheritdoc/>
    public float[] Embed(string text) => EmbedBatch([text])[0];

    /// <inheritdoc/>
    public float[][] EmbedBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tokens = new IReadOnlyList<int>[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            tokens[i] = tokenizer.EncodeToIds(texts[i] ?? "", options.MaxTokens, addSpecialTokens: true, out _, out _);
        }

        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Count).ToArray();
        var vectors = new float[texts.Count][];
        for (var start = 0; start < order.Length; start += options.MaxBatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var group = order.AsSpan(start, Math.Min(options.MaxBatchSize, order.Length - start));
            RunGroup(group, tokens, vectors, cancellationToken);
        }

        return vectors;
    }

    /// <inheritdoc/>
    public float[][] EmbedQueries(IReadOnlyList<string> queries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queries);
        return options.QueryPrefix.Length == 0
            ? EmbedBatch(queries, cancellationToken)
            : EmbedBatch([.. queries.Select(query => options.QueryPrefix + query)], cancellationToken);
    }

    /// <summary>Releases the ONNX Runtime session.</summary>
    public void Dispose()
    {
        session.Dispose();
        sessionOptions.Dispose();
    }

    private void RunGroup(ReadOnlySpan<int> group, IReadOnlyList<int>[] tokens, float[][] vectors, CancellationToken cancellationToken)
    {
        var length = 0;
        foreach (var index in group)
        {
            length = Math.Max(length, tokens[index].Count);
        }

        var ids = new long[group.Length * length];
        var mask = new long[group.Length * length];
        for (var row = 0; row < group.Length; row++)
        {
            var text = tokens[group[row]];
            for (var t = 0; t < text.Count; t++)
            {
                ids[(row * length) + t] = text[t];
                mask[(row * length) + t] = 1;
            }
        }

        long[] shape = [group.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        string[] names = wantsTokenTypes ? ["input_ids", "attention_mask", "token_type_ids"] : ["input_ids", "attention_mask"];
        OrtValue[] values = wantsTokenTypes ? [idsValue, maskValue, typesValue] : [idsValue, maskValue];

        using var runOptions = new RunOptions();
        using var registration = cancellationToken.Register(() => runOptions.Terminate = true);
        IDisposableReadOnlyCollection<OrtValue> outputs;
        try
        {
            outputs = session.Run(runOptions, names, values, [outputName]);
        }
        catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }

        using (outputs)
        {
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            for (var row = 0; row < group.Length; row++)
            {
                var rowHidden = hidden.Slice(row * length * Dimensions, length * Dimensions);
                vectors[group[row]] = options.Pooling == SentencePooling.Cls
                    ? Normalised(rowHidden[..Dimensions].ToArray())
                    : MeanPool(rowHidden, tokens[group[row]].Count);
            }
        }
    }

    /// <summary>Averages the first <paramref name="count"/> token vectors (the unpadded ones) and scales to unit length.</summary>
    private float[] MeanPool(ReadOnlySpan<float> hidden, int count)
    {
        var vector = new float[Dimensions];
        for (var t = 0; t < count; t++)
        {
            TensorPrimitives.Add(vector, hidden.Slice(t * Dimensions, Dimensions), vector);
        }

        // Dividing by the count is skipped: it cancels in the normalisation.
        return Normalised(vector);
    }

    private static float[] Normalised(float[] vector)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm > 0)
        {
            TensorPrimitives.Divide(vector, norm, vector);
        }

        return vector;
    }
}
