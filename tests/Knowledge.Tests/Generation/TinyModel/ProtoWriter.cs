using System.Text;

namespace Edge.Knowledge.Tests.Generation.TinyModel;

/// <summary>
/// The few protobuf wire-format primitives an ONNX file needs. Hand-written so the tests depend on
/// nothing but the runtime they exercise; field numbers come from onnx.proto.
/// </summary>
internal sealed class ProtoWriter
{
    private readonly MemoryStream buffer = new();

    public byte[] ToArray() => buffer.ToArray();

    public ProtoWriter Int(int field, long value)
    {
        Tag(field, wireType: 0);
        Varint((ulong)value);
        return this;
    }

    public ProtoWriter String(int field, string value) => Bytes(field, Encoding.UTF8.GetBytes(value));

    public ProtoWriter Message(int field, ProtoWriter message) => Bytes(field, message.ToArray());

    public ProtoWriter Bytes(int field, byte[] value)
    {
        Tag(field, wireType: 2);
        Varint((ulong)value.Length);
        buffer.Write(value);
        return this;
    }

    private void Tag(int field, int wireType) => Varint((ulong)((field << 3) | wireType));

    private void Varint(ulong value)
    {
        while (value >= 0x80)
        {
            buffer.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }

        buffer.WriteByte((byte)value);
    }
}
