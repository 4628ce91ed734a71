namespace Edge.Speech.Tests.Fixtures;

/// <summary>
/// Hyper-parameters of a generated ggml Whisper model. Several invalid combinations do not fail
/// cleanly in whisper.cpp but kill the test host (FINDINGS.md), so <see cref="Validate"/> runs before
/// a single byte is written.
/// </summary>
internal sealed record TinyWhisperSpec
{
    public int Vocab { get; init; } = 51865;          // ≥ 51865 makes the model multilingual (de, en, auto)
    public int AudioContext { get; init; } = 1500;    // the real 30 s window, so a shortened context matters
    public int State { get; init; } = 16;             // shared by encoder and decoder (loader asserts it)
    public int Heads { get; init; } = 2;
    public int AudioLayers { get; init; } = 1;
    public int TextContext { get; init; } = 64;
    public int TextLayers { get; init; } = 1;
    public int Mels { get; init; } = 80;
    public int Seed { get; init; } = 20_41;

    /// <summary>Leaves the " " token out: whisper.cpp aborts the process on such a file, so the product must refuse it first.</summary>
    public bool OmitSpaceToken { get; init; }

    /// <summary>The default tiny model: about 2 MiB, runs in milliseconds.</summary>
    public static TinyWhisperSpec Default { get; } = new();

    public void Validate()
    {
        Require(Vocab >= 51864, "n_vocab must be ≥ 51864 (the token ids of specials are fixed)");
        Require(AudioContext >= 16, "n_audio_ctx must be ≥ 16");
        Require(State >= 8 && State <= 256, "n_state must be 8..256 for a test model");
        Require(Heads >= 1 && State % Heads == 0, "heads must divide n_state");
        Require(AudioLayers >= 1, "at least one encoder layer (0 segfaults)");
        Require(TextLayers >= 1, "at least one decoder layer (0 segfaults)");
        Require(TextContext >= 10, "n_text_ctx must be ≥ 10 to emit any text");
        Require(Mels == 80, "n_mels must be 80 (the mel filters written here are 80 × 201)");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"Invalid tiny Whisper spec: {message}.");
        }
    }
}
