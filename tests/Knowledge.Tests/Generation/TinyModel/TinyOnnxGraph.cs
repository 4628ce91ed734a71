namespace Edge.Knowledge.Tests.Generation.TinyModel;

/// <summary>
/// Encodes a one-layer decoder that GenAI accepts as a "llama": logits are a bigram table lookup
/// (<c>Gather(W, input_ids)</c>), so the hand-set table decides every next token; the key/value cache
/// is a Concat of the past with a zero embedding, which is why the config turns buffer sharing off.
/// </summary>
internal static class TinyOnnxGraph
{
    public const int HeadSize = 4;
    private const int FloatType = 1;
    private const int Int64Type = 7;

    /// <summary>ONNX bytes for a model whose next token after token i is argmax of <paramref name="bigram"/> row i.</summary>
    public static byte[] Encode(float[,] bigram)
    {
        int vocab = bigram.GetLength(0);
        var graph = new ProtoWriter().String(2, "tiny-bigram");

        graph.Message(5, Tensor("W", [vocab, vocab], FloatBytes(bigram)));
        graph.Message(5, Tensor("E", [vocab, 1, HeadSize], new byte[vocab * HeadSize * sizeof(float)]));
        graph.Message(1, Node("Gather", ["W", "input_ids"], ["logits"]));
        graph.Message(1, Node("Gather", ["E", "input_ids"], ["kv_bshd"]));
        graph.Message(1, Node("Transpose", ["kv_bshd"], ["kv"], new ProtoWriter().String(1, "perm").Int(20, 7)
            .Int(8, 0).Int(8, 2).Int(8, 1).Int(8, 3)));
        foreach (var kind in new[] { "key", "value" })
        {
            graph.Message(1, Node("Concat", [$"past_key_values.0.{kind}", "kv"], [$"present.0.{kind}"],
                new ProtoWriter().String(1, "axis").Int(3, 2).Int(20, 2)));
        }

        graph.Message(11, Value("input_ids", Int64Type, "batch", "seq"));
        graph.Message(11, Value("attention_mask", Int64Type, "batch", "total"));
        graph.Message(11, Value("past_key_values.0.key", FloatType, "batch", 1, "past", HeadSize));
        graph.Message(11, Value("past_key_values.0.value", FloatType, "batch", 1, "past", HeadSize));
        graph.Message(12, Value("logits", FloatType, "batch", "seq", vocab));
        graph.Message(12, Value("present.0.key", FloatType, "batch", 1, "total", HeadSize));
        graph.Message(12, Value("present.0.value", FloatType, "batch", 1, "total", HeadSize));

        return new ProtoWriter()
            .Int(1, 8)
            .String(2, "edge-tests")
            .Message(7, graph)
            .Message(8, new ProtoWriter().String(1, "").Int(2, 17))
            .ToArray();
    }

    private static ProtoWriter Node(string op, string[] inputs, string[] outputs, ProtoWriter? attribute = null)
    {
        var node = new ProtoWriter();
        foreach (var input in inputs) node.String(1, input);
        foreach (var output in outputs) node.String(2, output);
        node.String(3, $"{op}_{outputs[0]}").String(4, op);
        return attribute is null ? node : node.Message(5, attribute);
    }

    private static ProtoWriter Tensor(string name, long[] dims, byte[] raw)
    {
        var tensor = new ProtoWriter();
        foreach (var dim in dims) tensor.Int(1, dim);
        return tensor.Int(2, FloatType).String(8, name).Bytes(9, raw);
    }

    private static ProtoWriter Value(string name, int elementType, params object[] dims)
    {
        var shape = new ProtoWriter();
        foreach (var dim in dims)
        {
            var d = dim is string symbol ? new ProtoWriter().String(2, symbol) : new ProtoWriter().Int(1, Convert.ToInt64(dim, System.Globalization.CultureInfo.InvariantCulture));
            shape.Message(1, d);
        }

        var tensorType = new ProtoWriter().Int(1, elementType).Message(2, shape);
        return new ProtoWriter().String(1, name).Message(2, new ProtoWriter().Message(1, tensorType));
    }

    private static byte[] FloatBytes(float[,] values)
    {
        var bytes = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, bytes, 0, bytes.Length);
        return bytes;
    }
}
