using System.Text;

namespace Edge.Speech.Tests.Fixtures;

/// <summary>
/// Writes the named tensors of a tiny Whisper model. Dimensions are listed innermost first, as
/// ggml's <c>ne[]</c>; matrices are f16 (ftype 1), vectors and embeddings f32, as the loader expects.
/// </summary>
internal sealed class TensorWriter(BinaryWriter writer, Random random)
{
    public void WriteAll(TinyWhisperSpec spec)
    {
        var s = spec.State;
        Matrix32("encoder.positional_embedding", 0.1, s, spec.AudioContext);
        Matrix16("encoder.conv1.weight", 0.2, 3, spec.Mels, s);
        Bias("encoder.conv1.bias", 1, s);
        Matrix16("encoder.conv2.weight", 0.2, 3, s, s);
        Bias("encoder.conv2.bias", 1, s);
        Norm("encoder.ln_post", s);
        for (var i = 0; i < spec.AudioLayers; i++)
        {
            Block($"encoder.blocks.{i}", "attn", s);
        }

        Matrix32("decoder.positional_embedding", 0.1, s, spec.TextContext);
        Matrix16("decoder.token_embedding.weight", 0.5, s, spec.Vocab);
        Norm("decoder.ln", s);
        for (var i = 0; i < spec.TextLayers; i++)
        {
            Block($"decoder.blocks.{i}", "attn", s);
            Attention($"decoder.blocks.{i}", "cross_attn", s);
        }
    }

    private void Block(string prefix, string attention, int s)
    {
        Norm($"{prefix}.mlp_ln", s);
        Matrix16($"{prefix}.mlp.0.weight", 0.2, s, 4 * s);
        Bias($"{prefix}.mlp.0.bias", 4 * s);
        Matrix16($"{prefix}.mlp.2.weight", 0.2, 4 * s, s);
        Bias($"{prefix}.mlp.2.bias", s);
        Attention(prefix, attention, s);
    }

    private void Attention(string prefix, string name, int s)
    {
        Norm($"{prefix}.{name}_ln", s);
        Matrix16($"{prefix}.{name}.query.weight", 0.3, s, s);
        Bias($"{prefix}.{name}.query.bias", s);
        Matrix16($"{prefix}.{name}.key.weight", 0.3, s, s);
        Matrix16($"{prefix}.{name}.value.weight", 0.3, s, s);
        Bias($"{prefix}.{name}.value.bias", s);
        Matrix16($"{prefix}.{name}.out.weight", 0.3, s, s);
        Bias($"{prefix}.{name}.out.bias", s);
    }

    // Layer norms start as identity (weight 1, bias 0) so activations stay in a sane range.
    private void Norm(string prefix, int s)
    {
        Header($"{prefix}.weight", 0, s);
        for (var i = 0; i < s; i++)
        {
            writer.Write(1f);
        }

        Header($"{prefix}.bias", 0, s);
        for (var i = 0; i < s; i++)
        {
            writer.Write(0f);
        }
    }

    private void Bias(string name, params int[] dims) => Matrix32(name, 0.02, dims);

    private void Matrix32(string name, double scale, params int[] dims)
    {
        Header(name, 0, dims);
        for (long i = 0, n = Count(dims); i < n; i++)
        {
            writer.Write((float)Next(scale));
        }
    }

    private void Matrix16(string name, double scale, params int[] dims)
    {
        Header(name, 1, dims);
        for (long i = 0, n = Count(dims); i < n; i++)
        {
            writer.Write((Half)Next(scale));
        }
    }

    private double Next(double scale) => (random.NextDouble() * 2 - 1) * scale;

    private static long Count(int[] dims) => dims.Aggregate(1L, (a, d) => a * d);

    private void Header(string name, int type, params int[] dims)
    {
        var bytes = Encoding.UTF8.GetBytes(name);
        writer.Write(dims.Length);
        writer.Write(bytes.Length);
        writer.Write(type);
        foreach (var d in dims)
        {
            writer.Write(d);
        }

        writer.Write(bytes);
    }
}
