using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Edge.Agent.Models;

/// <summary>JSON settings of catalog.json and models.json: camelCase, indented, comments allowed when reading.</summary>
internal static class ModelJson
{
    /// <summary>The shared serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

/// <summary>Kinds of model the agent uses.</summary>
internal static class ModelKinds
{
    /// <summary>A ggml Whisper file.</summary>
    public const string Whisper = "whisper";

    /// <summary>An ONNX Runtime GenAI folder.</summary>
    public const string Llm = "llm";

    /// <summary>An ONNX sentence-embedding model with its vocab.txt.</summary>
    public const string Embedding = "embedding";

    /// <summary>True for whisper, llm and embedding.</summary>
    public static bool IsKnown(string? kind) => kind is Whisper or Llm or Embedding;
}

/// <summary>Lower-case hex sha256 strings.</summary>
internal static class Sha256Hex
{
    /// <summary>True for 64 hex digits.</summary>
    public static bool IsValid(string value) => value.Length == 64 && value.All(Uri.IsHexDigit);
}
