using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Edge.Knowledge.Retrieval;

/// <summary>Vectors as bytes for the store: little-endian float32, 4 bytes per dimension.</summary>
/// <remarks>LiteDB stores float[] as doubles (4× the size, slow to scan); byte[] is compact and fast.</remarks>
internal static class VectorPacking
{
    /// <summary>Packs a vector into little-endian float32 bytes.</summary>
    public static byte[] Pack(ReadOnlySpan<float> vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            MemoryMarshal.AsBytes(vector).CopyTo(bytes);
            return bytes;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return bytes;
    }

    /// <summary>Unpacks bytes written by <see cref="Pack"/>.</summary>
    /// <exception cref="ArgumentException">The length is not a multiple of 4.</exception>
    public static float[] Unpack(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length % sizeof(float) != 0)
        {
            throw new ArgumentException($"A packed vector has a multiple of 4 bytes, this one {bytes.Length}.", nameof(bytes));
        }

        var vector = new float[bytes.Length / sizeof(float)];
        if (BitConverter.IsLittleEndian)
        {
            bytes.AsSpan().CopyTo(MemoryMarshal.AsBytes(vector.AsSpan()));
            return vector;
        }

        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
        }

        return vector;
    }
}
