using System.Text;

namespace Edge.Speech.Transcription;

/// <summary>
/// Reads a ggml Whisper file's header, mel filters and vocabulary before whisper.cpp sees it. Some
/// malformed files do not fail cleanly in the native loader but abort the whole process (f32 type,
/// no layers, a vocabulary without the " " token — FINDINGS.md), so they are refused here with a reason.
/// </summary>
internal static class GgmlModelInspector
{
    private const uint Magic = 0x67676d6c;

    /// <summary>Returns the model's facts, or throws <see cref="InvalidDataException"/> naming the problem.</summary>
    public static GgmlModelInfo Inspect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        try
        {
            return Read(reader, stream.Length);
        }
        catch (EndOfStreamException)
        {
            throw new InvalidDataException("the file is truncated inside its header or vocabulary");
        }
    }

    private static GgmlModelInfo Read(BinaryReader reader, long length)
    {
        var magic = reader.ReadUInt32();
        Check(magic == Magic, $"not a ggml Whisper model (magic 0x{magic:x8})");
        int vocab = reader.ReadInt32(), audioCtx = reader.ReadInt32(), audioState = reader.ReadInt32();
        int audioHead = reader.ReadInt32(), audioLayers = reader.ReadInt32(), textCtx = reader.ReadInt32();
        int textState = reader.ReadInt32(), textHead = reader.ReadInt32(), textLayers = reader.ReadInt32();
        int mels = reader.ReadInt32(), fileType = reader.ReadInt32() % 1000;
        Check(vocab is >= 51864 and <= 60_000, $"implausible vocabulary size {vocab}");
        Check(audioCtx is >= 1 and <= 4096 && textCtx is >= 10 and <= 4096, "implausible context sizes");
        Check(audioState > 0 && audioState == textState, "encoder and decoder widths differ");
        Check(audioHead > 0 && textHead > 0 && audioState % audioHead == 0 && textState % textHead == 0, "head count does not divide the width");
        Check(audioLayers is >= 1 and <= 64 && textLayers is >= 1 and <= 64, "encoder or decoder has no layers");
        Check(mels is 80 or 128, $"unsupported mel band count {mels}");
        Check(fileType >= 1, fileType == 0 ? "f32 models are not supported by this Whisper build; use f16 or quantized" : $"bad file type {fileType}");

        int filterMels = reader.ReadInt32(), fftBins = reader.ReadInt32();
        Check(filterMels is > 0 and <= 128 && fftBins is > 0 and <= 1024, "corrupt mel filter table");
        reader.BaseStream.Seek((long)filterMels * fftBins * sizeof(float), SeekOrigin.Current);

        var tokens = reader.ReadInt32();
        Check(tokens > 0 && tokens <= vocab, $"implausible vocabulary count {tokens}");
        var hasSpace = false;
        for (var i = 0; i < tokens; i++)
        {
            var size = reader.ReadUInt32();
            Check(size <= 1024, "corrupt vocabulary entry");
            Check(reader.BaseStream.Position + size <= length, "the file is truncated inside its vocabulary");
            var bytes = reader.ReadBytes((int)size);
            hasSpace |= size == 1 && bytes[0] == (byte)' ';
        }

        Check(hasSpace, "the vocabulary lacks the single-space token");
        Check(reader.BaseStream.Position < length, "the file ends before its tensors");
        return new GgmlModelInfo(audioCtx, vocab >= 51865, audioLayers, fileType);
    }

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException(problem);
        }
    }
}
