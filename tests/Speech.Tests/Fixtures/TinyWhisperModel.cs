using System.Text;

namespace Edge.Speech.Tests.Fixtures;

/// <summary>
/// Writes a valid ggml Whisper model with tiny dimensions and seeded random weights, in the layout
/// whisper.cpp's <c>whisper_model_load</c> reads: magic, hyper-parameters, mel filters, vocabulary,
/// then every named tensor with the shape the loader checks. Its transcripts are meaningless; it
/// exists so tests exercise the real native loading and decoding code without any download.
/// </summary>
internal static class TinyWhisperModel
{
    private const uint GgmlMagic = 0x67676d6c;
    private const int F32 = 0;
    private const int F16 = 1;
    private static readonly Lazy<string> CachedDefault = new(() => WriteToTemp(TinyWhisperSpec.Default));

    /// <summary>The default model, written once per test run.</summary>
    public static string DefaultPath => CachedDefault.Value;

    public static string WriteToTemp(TinyWhisperSpec spec)
    {
        var folder = Path.Combine(Path.GetTempPath(), "edge-speech-tests", Environment.ProcessId.ToString());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"tiny-{spec.GetHashCode():x8}.bin");
        using var file = File.Create(path);
        Write(file, spec);
        return path;
    }

    public static void Write(Stream destination, TinyWhisperSpec spec)
    {
        spec.Validate();
        using var writer = new BinaryWriter(destination, Encoding.UTF8, leaveOpen: true);
        writer.Write(GgmlMagic);
        foreach (var value in new[]
                 {
                     spec.Vocab, spec.AudioContext, spec.State, spec.Heads, spec.AudioLayers,
                     spec.TextContext, spec.State, spec.Heads, spec.TextLayers, spec.Mels, F16,
                 })
        {
            writer.Write(value);
        }

        WriteMelFilters(writer, spec.Mels);
        WriteVocabulary(writer, spec.OmitSpaceToken);
        new TensorWriter(writer, new Random(spec.Seed)).WriteAll(spec);
    }

    // Triangular filters on a mel scale, so the encoder sees a spectrum shaped like the real one.
    private static void WriteMelFilters(BinaryWriter writer, int mels)
    {
        const int fftBins = 201;
        writer.Write(mels);
        writer.Write(fftBins);
        static double ToMel(double hz) => 2595 * Math.Log10(1 + hz / 700);
        static double ToHz(double mel) => 700 * (Math.Pow(10, mel / 2595) - 1);
        var top = ToMel(8000);
        for (var m = 0; m < mels; m++)
        {
            var low = ToHz(top * m / (mels + 1));
            var centre = ToHz(top * (m + 1) / (mels + 1));
            var high = ToHz(top * (m + 2) / (mels + 1));
            for (var bin = 0; bin < fftBins; bin++)
            {
                var hz = bin * 8000.0 / (fftBins - 1);
                var weight = hz <= low || hz >= high ? 0 : hz < centre ? (hz - low) / (centre - low) : (high - hz) / (high - centre);
                writer.Write((float)weight);
            }
        }
    }

    // The regular (non-special) tokens: printable ASCII, the single space the decoder needs, then
    // word-like pieces so that whatever the random weights pick reads as text.
    private static void WriteVocabulary(BinaryWriter writer, bool omitSpace)
    {
        const int regularTokens = 50257;
        var tokens = new List<string>(regularTokens);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string token)
        {
            if (tokens.Count < regularTokens && seen.Add(token))
            {
                tokens.Add(token);
            }
        }

        for (var c = '!'; c <= '~'; c++)
        {
            Add(c.ToString());
        }

        if (!omitSpace)
        {
            Add(" ");
        }

        const string consonants = "bcdfghklmnprstvwz";
        const string vowels = "aeiou";
        foreach (var prefix in new[] { " ", "" })
        {
            foreach (var a in consonants)
            {
                foreach (var b in vowels)
                {
                    Add($"{prefix}{a}{b}");
                    foreach (var c in consonants)
                    {
                        Add($"{prefix}{a}{b}{c}");
                        foreach (var d in vowels)
                        {
                            Add($"{prefix}{a}{b}{c}{d}");
                        }
                    }
                }
            }
        }

        for (var i = 0; tokens.Count < regularTokens; i++)
        {
            Add($" w{i}");
        }

        writer.Write(tokens.Count);
        foreach (var token in tokens)
        {
            var bytes = Encoding.UTF8.GetBytes(token);
            writer.Write((uint)bytes.Length);
            writer.Write(bytes);
        }
    }
}
