namespace Edge.Knowledge.Generation;

/// <summary>
/// A cheap plausibility check of the decoder file: it must exist, be non-empty and start like an ONNX
/// protobuf. Deeper corruption is left to the runtime, whose load error the host turns into a status.
/// </summary>
internal static class OnnxFileCheck
{
    public static void Check(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        var file = new FileInfo(path);
        if (!file.Exists) throw new ModelFolderException($"model file {fileName} is missing");
        if (file.Length == 0) throw new ModelFolderException($"model file {fileName} is empty");

        using var stream = file.OpenRead();
        int first = stream.ReadByte();

        // Serializers write ModelProto fields in number order, so the first byte is the tag of a
        // low-numbered field (ir_version = 1, varint) with a varint or length-delimited wire type.
        int field = first >> 3, wireType = first & 7;
        if (field is < 1 or > 20 || wireType is not (0 or 2))
        {
            throw new ModelFolderException($"model file {fileName} is not an ONNX model");
        }
    }
}
