namespace Edge.Speech.Audio;

/// <summary>The format of a WAV stream and the length of its data chunk, positioned at the first sample.</summary>
/// <param name="Format">The validated sample format.</param>
/// <param name="DataLength">Bytes of audio data, or null when the writer streamed it and left a placeholder.</param>
internal readonly record struct WavLayout(WavFormat Format, long? DataLength);
