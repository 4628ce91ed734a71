using System.Buffers.Binary;
using System.Text;

namespace Edge.Speech.Tests.Fixtures;

/// <summary>Writes WAV files of any format the decoder claims to read, with knobs to make headers lie.</summary>
internal sealed record WavBuilder
{
    public int SampleRate { get; init; } = 16_000;
    public int Channels { get; init; } = 1;
    public int Bits { get; init; } = 16;
    public bool Float { get; init; }
    public bool Extensible { get; init; }
    public int? BlockAlignOverride { get; init; }
    public uint? DataSizeOverride { get; init; }

    private int BlockAlign => BlockAlignOverride ?? Channels * Bits / 8;

    /// <summary>A header only, declaring <paramref name="dataBytes"/> bytes of audio that follow.</summary>
    public byte[] Header(uint dataBytes)
    {
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms, Encoding.ASCII, leaveOpen: true);
        var fmtSize = Extensible ? 40 : 16;
        w.Write("RIFF"u8);
        w.Write(unchecked((uint)(4 + 8 + fmtSize + 8) + dataBytes));
        w.Write("WAVE"u8);
        w.Write("fmt "u8);
        w.Write(fmtSize);
        w.Write((ushort)(Extensible ? 0xFFFE : Float ? 3 : 1));
        w.Write((ushort)Channels);
        w.Write(SampleRate);
        w.Write(SampleRate * BlockAlign);
        w.Write((ushort)BlockAlign);
        w.Write((ushort)Bits);
        if (Extensible)
        {
            w.Write((ushort)22);
            w.Write((ushort)Bits);
            w.Write(0u);
            w.Write((ushort)(Float ? 3 : 1));
            w.Write(new byte[] { 0, 0, 0, 0, 0x10, 0, 0x80, 0, 0, 0xAA, 0, 0x38, 0x9B, 0x71 });
        }

        w.Write("data"u8);
        w.Write(DataSizeOverride ?? dataBytes);
        w.Flush();
        return ms.ToArray();
    }

    /// <summary>A whole file; <paramref name="channelSamples"/> gives each channel's samples in [-1, 1].</summary>
    public byte[] Build(params float[][] channelSamples)
    {
        var frames = channelSamples.Length == 0 ? 0 : channelSamples[0].Length;
        var data = new byte[frames * Channels * Bits / 8];
        var width = Bits / 8;
        for (var f = 0; f < frames; f++)
        {
            for (var c = 0; c < Channels; c++)
            {
                var v = channelSamples[Math.Min(c, channelSamples.Length - 1)][f];
                Encode(data.AsSpan(((f * Channels) + c) * width, width), v);
            }
        }

        return [.. Header((uint)data.Length), .. data];
    }

    public byte[] BuildMono(float[] samples) => Build(samples);

    private void Encode(Span<byte> target, float v)
    {
        if (Float)
        {
            if (Bits == 32) { BinaryPrimitives.WriteSingleLittleEndian(target, v); }
            else { BinaryPrimitives.WriteDoubleLittleEndian(target, v); }
            return;
        }

        var clamped = Math.Clamp(v, -1f, 0.99999f);
        switch (Bits)
        {
            case 8: target[0] = (byte)Math.Round((clamped * 128) + 128); break;
            case 16: BinaryPrimitives.WriteInt16LittleEndian(target, (short)Math.Round(clamped * 32767)); break;
            case 24:
                var i24 = (int)Math.Round(clamped * 8388607);
                target[0] = (byte)i24; target[1] = (byte)(i24 >> 8); target[2] = (byte)(i24 >> 16);
                break;
            default: BinaryPrimitives.WriteInt32LittleEndian(target, (int)Math.Round(clamped * 2147483647.0)); break;
        }
    }
}
