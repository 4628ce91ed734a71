namespace Edge.Speech.Audio;

/// <summary>How samples are stored in a WAV data chunk.</summary>
internal enum SampleEncoding
{
    Pcm,
    Float,
}

/// <summary>The parsed "fmt " chunk; <see cref="Validate"/> turns lying headers into one-line errors.</summary>
internal readonly record struct WavFormat(SampleEncoding Encoding, int Channels, int SampleRate, int BitsPerSample, int BlockAlign)
{
    // Beyond these the header is lying or the file is not a recording of a voice.
    private const int MaxChannels = 32;
    private const int MinRate = 1_000;
    private const int MaxRate = 768_000;

    public int BytesPerSample => BitsPerSample / 8;

    public string Describe() => Encoding == SampleEncoding.Float ? $"IEEE float {BitsPerSample}-bit" : $"PCM {BitsPerSample}-bit";

    public void Validate()
    {
        if (Channels == 0)
        {
            throw new AudioFormatException("WAV header declares 0 channels.");
        }

        if (Channels > MaxChannels)
        {
            throw new AudioFormatException($"WAV header declares {Channels} channels; at most {MaxChannels} are supported.");
        }

        if (SampleRate is < MinRate or > MaxRate)
        {
            throw new AudioFormatException($"WAV header declares an absurd sample rate of {SampleRate} Hz.");
        }

        var supported = Encoding == SampleEncoding.Pcm ? BitsPerSample is 8 or 16 or 24 or 32 : BitsPerSample is 32 or 64;
        if (!supported)
        {
            throw new AudioFormatException($"Unsupported WAV sample format: {Describe()}.");
        }

        if (BlockAlign != Channels * BytesPerSample)
        {
            throw new AudioFormatException(
                $"WAV block align {BlockAlign} does not match {Channels} channel(s) × {BitsPerSample} bits.");
        }
    }
}
