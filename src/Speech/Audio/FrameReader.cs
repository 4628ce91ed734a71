using System.Buffers;

namespace Edge.Speech.Audio;

/// <summary>Reads the data chunk block by block, decodes whole frames and feeds the resampler.</summary>
internal static class FrameReader
{
    private const int BlockBytes = 64 * 1024;

    /// <summary>Returns the number of frames read; throws when they pass <paramref name="maxFrames"/>.</summary>
    public static long Pump(
        Stream stream, WavFormat format, long? dataLength, long maxFrames, TimeSpan limit,
        PolyphaseResampler resampler, SampleBuffer output)
    {
        var align = format.BlockAlign;
        var bytes = ArrayPool<byte>.Shared.Rent(BlockBytes / align * align + align);
        var mono = ArrayPool<float>.Shared.Rent(BlockBytes / align + 1);
        try
        {
            long frames = 0, consumed = 0;
            var carry = 0;   // bytes of a partial frame left over from the previous read
            while (dataLength is null || consumed < dataLength)
            {
                var want = BlockBytes / align * align - carry;
                if (dataLength is { } length)
                {
                    want = (int)Math.Min(want, length - consumed);
                }

                var read = stream.Read(bytes, carry, want);
                if (read == 0)
                {
                    break;
                }

                consumed += read;
                var available = carry + read;
                var whole = available / align;
                frames += whole;
                if (frames > maxFrames)
                {
                    throw WavDecoder.TooLong(TimeSpan.FromSeconds(frames / (double)format.SampleRate), limit);
                }

                PcmFrameDecoder.Downmix(format, bytes.AsSpan(0, whole * align), mono);
                resampler.Process(mono.AsSpan(0, whole), output);
                carry = available - (whole * align);
                bytes.AsSpan(whole * align, carry).CopyTo(bytes);
            }

            if (dataLength is { } declared && consumed < declared)
            {
                throw new AudioFormatException(
                    $"Audio is truncated: the WAV header declares {declared} bytes but the stream ended after {consumed}.");
            }

            return frames;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<float>.Shared.Return(mono);
        }
    }
}
