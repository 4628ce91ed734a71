namespace Edge.Speech.Transcription;

/// <summary>What the ggml header says about a Whisper model.</summary>
/// <param name="AudioContext">Encoder frames in a full window (1500 = 30 s in every released model).</param>
/// <param name="Multilingual">False for the English-only (<c>.en</c>) models.</param>
/// <param name="AudioLayers">Encoder layers (4 tiny, 6 base, 12 small …).</param>
/// <param name="FileType">ggml file type: 1 = f16, 2+ = quantized.</param>
internal sealed record GgmlModelInfo(int AudioContext, bool Multilingual, int AudioLayers, int FileType)
{
    public string Describe() =>
        $"{(Multilingual ? "multilingual" : "English-only")}, {AudioLayers} encoder layers, ggml type {FileType}";
}
