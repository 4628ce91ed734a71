using System.Buffers.Binary;

namespace Edge.Speech.Audio;

/// <summary>
/// Walks the RIFF chunks up to "data" without reading the audio, so a huge or lying file is judged
/// by its header alone. Metadata chunks before the data are skipped within a fixed budget.
/// </summary>
internal static class WavHeaderReader
{
    private const int MaxChunksBeforeData = 64;
    private const long MaxSkippedBytes = 16 << 20;

    // Streaming writers (arecord, espeak-ng --stdout, ffmpeg to a pipe) cannot know the length and
    // write a near-4-GiB placeholder; such a data chunk is read to its end instead.
    private const uint PlaceholderThreshold = 0x7FFF0000;

    public static WavLayout Read(Stream stream)
    {
        Span<byte> riff = stackalloc byte[12];
        StreamBytes.ReadExactly(stream, riff, "a WAV header");
        var id = riff[..4];
        if (id.SequenceEqual("RF64"u8))
        {
            throw new AudioFormatException("RF64 (WAV over 4 GiB) is not supported.");
        }

        if (!id.SequenceEqual("RIFF"u8) || !riff[8..12].SequenceEqual("WAVE"u8))
        {
            throw new AudioFormatException("Not a WAV file: it does not start with a RIFF/WAVE header.");
        }

        WavFormat? format = null;
        long skipped = 0;
        Span<byte> header = stackalloc byte[8];
        for (var chunk = 0; chunk < MaxChunksBeforeData; chunk++)
        {
            if (!StreamBytes.TryReadExactly(stream, header))
            {
                throw new AudioFormatException("WAV file has no data chunk.");
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
            if (header[..4].SequenceEqual("fmt "u8))
            {
                format = WavFmtChunk.Parse(stream, size);
            }
            else if (header[..4].SequenceEqual("data"u8))
            {
                if (format is not { } found)
                {
                    throw new AudioFormatException("WAV data chunk comes before its fmt chunk.");
                }

                return new WavLayout(found, size >= PlaceholderThreshold ? null : size);
            }
            else
            {
                var padded = size + (size & 1);
                skipped += padded;
                if (skipped > MaxSkippedBytes)
                {
                    throw new AudioFormatException("WAV file has more than 16 MiB of metadata before its audio.");
                }

                StreamBytes.Skip(stream, padded, "WAV metadata chunk");
            }
        }

        throw new AudioFormatException($"WAV file has more than {MaxChunksBeforeData} chunks before its audio.");
    }
}
