using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Edge.Knowledge.Packs;

/// <summary>
/// The pack archive (tar.gz): SHA256SUMS, SIGNATURE (of SHA256SUMS, when signed), pack.json,
/// documents.jsonl, chunks.jsonl, vectors.bin, headings.bin. Vectors are packed float32 in chunk order (headings.bin: the chunk's section-heading
/// vector, all zeros before the first heading); keyword terms are not shipped but recomputed on the
/// board, so a board's glossary and analyzer apply to installed packs as to its own ingestion.
/// </summary>
internal static partial class PackFormat
{
    /// <summary>Version of the layout; a board refuses packs of a newer format. Format 2 added SIGNATURE.</summary>
    public const int Version = 2;

    public const string Checksums = "SHA256SUMS";
    public const string Signature = "SIGNATURE";
    public const string Manifest = "pack.json";
    public const string Documents = "documents.jsonl";
    public const string Chunks = "chunks.jsonl";
    public const string Vectors = "vectors.bin";
    public const string Headings = "headings.bin";

    /// <summary>The files every pack holds, in archive order after SHA256SUMS.</summary>
    public static readonly string[] ContentFiles = [Manifest, Documents, Chunks, Vectors, Headings];

    /// <summary>Every file a pack may hold.</summary>
    public static readonly string[] AllFiles = [Checksums, Signature, .. ContentFiles];

    /// <summary>JSON of pack files: camelCase, compact, umlauts unescaped.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Checks a version label: letters, digits, '.', '_', '+', '-', up to 64.</summary>
    public static string CheckVersion(string version) =>
        VersionPattern().IsMatch(version)
            ? version
            : throw new KnowledgePackException($"invalid pack version '{version}': use letters, digits, '.', '_', '+' or '-' (up to 64)");

    /// <summary>Meta key of a collection's installed pack version.</summary>
    public static string VersionKey(string collection) => "pack.version." + collection;

    /// <summary>Meta key of a collection's installed pack checksum.</summary>
    public static string Sha256Key(string collection) => "pack.sha256." + collection;

    /// <summary>Meta key of the id of the key that signed a collection's pack.</summary>
    public static string SignerKey(string collection) => "pack.signer." + collection;

    /// <summary>Meta key of when a collection's pack was installed.</summary>
    public static string InstalledKey(string collection) => "pack.installed." + collection;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")]
    private static partial Regex VersionPattern();
}

/// <summary>pack.json.</summary>
internal sealed record PackManifest(
    int Format, string Collection, string Version, DateTimeOffset CreatedUtc, string CreatedBy,
    string EmbeddingModel, int Dimensions, int ChunkCount, IReadOnlyList<PackManifestDocument> Documents);

/// <summary>A document as listed in pack.json.</summary>
internal sealed record PackManifestDocument(string Name, string Sha256, int Chunks);

/// <summary>A line of documents.jsonl.</summary>
internal sealed record PackDocument(string Name, string Format, string Title, string Sha256, long SizeBytes, DateTime IngestedAtUtc, int Chunks);

/// <summary>A line of chunks.jsonl; its vector is the same-numbered slice of vectors.bin.</summary>
internal sealed record PackChunk(string Document, int Ordinal, IReadOnlyList<string> Section, int? Page, string Text, string Language);
