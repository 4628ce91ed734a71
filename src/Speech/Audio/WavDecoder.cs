using Edge.Speech.Audio;

namespace Edge.Speech;

/// <summary>
/// Streams a WAV file (PCM 8/16/24/32-bit, IEEE float 32/64-bit, WAVE_FORMAT_EXTENSIBLE, any rate,
/// any channel count) into a 16 kHz mono <see cref="AudioClip"/>. Memory stays bounded by the maximum
/// duration: a header that declares more is refused before any audio is read.
/// </summary>
public static class WavDecoder
{
    /// <summary>The default limit for a spoken question.</summary>
    public static readonly TimeSpan DefaultMaxDuration = TimeSpan.FromSeconds(60);

    /// <summary>Reads a WAV file from disk.</summary>
    /// <exception cref="AudioFormatException">The file is not usable audio; the message says why.</exception>
    public static AudioClip ReadFile(string path, TimeSpan? maxDuration = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        return Read(stream, maxDuration, Path.GetFileName(path));
    }

    /// <summary>Reads a WAV stream (seekable or not) from its current position.</summary>
    /// <exception cref="AudioFormatException">The stream is not usable audio; the message says why.</exception>
    public static AudioClip Read(Stream stream, TimeSpan? maxDuration = null, string origin = "stream")
    {
        ArgumentNullException.ThrowIfNull(stream);
        var limit = maxDuration ?? DefaultMaxDuration;
        var layout = WavHeaderReader.Read(stream);
        var format = layout.Format;
        var maxFrames = (long)Math.Ceiling(limit.TotalSeconds * format.SampleRate);
        var dataLength = CheckDeclaredLength(stream, layout, maxFrames, limit);

        var resampler = new PolyphaseResampler(format.SampleRate);
        var output = new SampleBuffer((int)Math.Min(int.MaxValue, (long)Math.Ceiling(limit.TotalSeconds * AudioClip.SampleRate) + 64));
        var frames = FrameReader.Pump(stream, format, dataLength, maxFrames, limit, resampler, output);
        if (frames == 0)
        {
            throw new AudioFormatException("WAV file contains no audio samples.");
        }

        resampler.Flush(output);
        return new AudioClip(output.ToArray(), new AudioSourceInfo(format.Describe(), format.SampleRate, format.Channels, origin));
    }

    // Judges the declared length before reading: a lying or oversized header is refused at once.
    private static long? CheckDeclaredLength(Stream stream, WavLayout layout, long maxFrames, TimeSpan limit)
    {
        var remaining = stream.CanSeek ? stream.Length - stream.Position : (long?)null;
        var declared = layout.DataLength ?? remaining;
        if (declared is null)
        {
            return null;   // streamed with a placeholder size: bounded while reading instead
        }

        var frames = declared.Value / layout.Format.BlockAlign;
        if (frames > maxFrames)
        {
            throw TooLong(TimeSpan.FromSeconds(frames / (double)layout.Format.SampleRate), limit);
        }

        if (layout.DataLength is not null && declared > remaining)
        {
            throw new AudioFormatException(
                $"WAV header declares {declared} bytes of audio but the file holds only {remaining}: it is truncated or lying.");
        }

        return declared;
    }

    internal static AudioFormatException TooLong(TimeSpan length, TimeSpan limit) =>
        new($"Audio is {length:h\\:mm\\:ss} long; the limit for a question is {limit.TotalSeconds:0.#} s.");
}
