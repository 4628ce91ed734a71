using System.Buffers.Binary;

namespace Edge.Speech.Audio;

/// <summary>
/// Turns whole frames of interleaved samples into mono floats in [-1, 1]. All channels are averaged:
/// for a question the channels carry the same voice, and averaging never clips.
/// </summary>
internal static class PcmFrameDecoder
{
    /// <summary>Decodes <paramref name="frames"/> (a whole number of frames) into <paramref name="mono"/>.</summary>
    public static void Downmix(WavFormat format, ReadOnlySpan<byte> frames, Span<float> mono)
    {
        var channels = format.Channels;
        var width = format.BytesPerSample;
        var count = frames.Length / format.BlockAlign;
        var scale = 1f / channels;
        for (var f = 0; f < count; f++)
        {
            var frame = frames.Slice(f * format.BlockAlign, format.BlockAlign);
            var sum = 0f;
            for (var c = 0; c < channels; c++)
            {
                sum += Decode(format, frame.Slice(c * width, width));
            }

            mono[f] = sum * scale;
        }
    }

    private static float Decode(WavFormat format, ReadOnlySpan<byte> sample)
    {
        if (format.Encoding == SampleEncoding.Float)
        {
            var value = format.BitsPerSample == 32
                ? BinaryPrimitives.ReadSingleLittleEndian(sample)
                : (float)BinaryPrimitives.ReadDoubleLittleEndian(sample);

            // A NaN or infinity would poison every filter and the encoder after it.
            return float.IsFinite(value) ? Math.Clamp(value, -1f, 1f) : 0f;
        }

        return format.BitsPerSample switch
        {
            8 => (sample[0] - 128) / 128f,
            16 => BinaryPrimitives.ReadInt16LittleEndian(sample) / 32768f,
            24 => ((sample[0] | (sample[1] << 8) | ((sbyte)sample[2] << 16)) / 8388608f),
            _ => BinaryPrimitives.ReadInt32LittleEndian(sample) / 2147483648f,
        };
    }
}
