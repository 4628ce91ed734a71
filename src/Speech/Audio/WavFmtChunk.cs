using System.Buffers.Binary;

namespace Edge.Speech.Audio;

/// <summary>Parses a "fmt " chunk, including WAVE_FORMAT_EXTENSIBLE with a PCM or float sub-format.</summary>
internal static class WavFmtChunk
{
    private const ushort TagPcm = 0x0001;
    private const ushort TagFloat = 0x0003;
    private const ushort TagExtensible = 0xFFFE;

    // The GUID tail shared by all KSDATAFORMAT_SUBTYPE_* values; the first two bytes carry the tag.
    private static ReadOnlySpan<byte> SubFormatTail =>
        [0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    public static WavFormat Parse(Stream stream, uint size)
    {
        if (size is < 16 or > 1024)
        {
            throw new AudioFormatException($"WAV fmt chunk has an impossible size of {size} bytes.");
        }

        var data = new byte[size + (size & 1)];
        StreamBytes.ReadExactly(stream, data, "the WAV fmt chunk");
        var span = data.AsSpan();
        var tag = BinaryPrimitives.ReadUInt16LittleEndian(span);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(span[2..]);
        var rate = BinaryPrimitives.ReadUInt32LittleEndian(span[4..]);
        var blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(span[12..]);
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(span[14..]);
        if (tag == TagExtensible)
        {
            if (size < 40)
            {
                throw new AudioFormatException("WAV extensible fmt chunk is shorter than 40 bytes.");
            }

            var validBits = BinaryPrimitives.ReadUInt16LittleEndian(span[18..]);
            if (validBits > bits)
            {
                throw new AudioFormatException($"WAV header declares {validBits} valid bits in a {bits}-bit container.");
            }

            if (!span.Slice(26, 14).SequenceEqual(SubFormatTail))
            {
                throw new AudioFormatException("Unsupported WAV extensible sub-format (not PCM or IEEE float).");
            }

            tag = BinaryPrimitives.ReadUInt16LittleEndian(span[24..]);
        }

        var encoding = tag switch
        {
            TagPcm => SampleEncoding.Pcm,
            TagFloat => SampleEncoding.Float,
            _ => throw new AudioFormatException($"Unsupported WAV encoding 0x{tag:X4} (only PCM and IEEE float)."),
        };

        // The declared byte rate is ignored: many writers get it wrong and nothing depends on it.
        var format = new WavFormat(encoding, channels, (int)Math.Min(rate, int.MaxValue), bits, blockAlign);
        format.Validate();
        return format;
    }
}
