using Edge.Knowledge.Ingestion;

namespace Edge.Knowledge.Packs;

/// <summary>
/// Knowledge packs: one collection's ingested documents, built once centrally into a versioned,
/// checksummed archive signed with the plant's key, and installed on many boards without
/// re-ingesting or re-embedding.
/// </summary>
public interface IKnowledgePacks
{
    /// <summary>
    /// Ingests <paramref name="paths"/> into a throwaway store and writes the pack to
    /// <paramref name="outputFile"/>, signed with the private key in <paramref name="signingKeyFile"/>
    /// (see <see cref="PackSigningKeys"/>) when one is given.
    /// </summary>
    /// <exception cref="KnowledgePackException">A file failed to ingest, nothing was found, the version is malformed, or the key cannot be read.</exception>
    PackSummary Build(IReadOnlyList<string> paths, string outputFile, string? collection = null, string? version = null, string? signingKeyFile = null,
        IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Verifies a pack (size, checksums, signature by a trusted key, vectors and names) and replaces
    /// its collection in one transaction; the old content stays if anything fails.
    /// </summary>
    /// <exception cref="KnowledgePackException">The pack is damaged, unsigned or not signed by a trusted key, invalid, of another embedding model, or conflicts with an installed version.</exception>
    PackInstallResult Install(string packFile, CancellationToken cancellationToken = default);

    /// <summary>The packs installed in this knowledge base, by collection.</summary>
    IReadOnlyList<InstalledPack> ListInstalled();
}

/// <summary>What a pack holds.</summary>
/// <param name="Collection">The collection it replaces on install.</param>
/// <param name="Version">Its version.</param>
/// <param name="Documents">Number of documents.</param>
/// <param name="Chunks">Number of passages.</param>
/// <param name="EmbeddingModel">Model its vectors were made with.</param>
/// <param name="Sha256">Checksum of the pack's content (of its SHA256SUMS file).</param>
/// <param name="SignedBy">Id of the key that signed it; null for an unsigned pack.</param>
public sealed record PackSummary(string Collection, string Version, int Documents, int Chunks, string EmbeddingModel, string Sha256, string? SignedBy);

/// <summary>The outcome of an install.</summary>
/// <param name="Pack">The installed pack.</param>
/// <param name="Unchanged">True when this exact pack was already installed (nothing was written).</param>
/// <param name="PreviousVersion">The collection's pack version before, if any.</param>
public sealed record PackInstallResult(PackSummary Pack, bool Unchanged, string? PreviousVersion);

/// <summary>A pack recorded in the knowledge base.</summary>
/// <param name="Collection">Its collection.</param>
/// <param name="Version">Its version.</param>
/// <param name="Sha256">Checksum of its content.</param>
/// <param name="InstalledAtUtc">When it was installed.</param>
/// <param name="SignedBy">Id of the key that signed it; null when it was installed unsigned.</param>
public sealed record InstalledPack(string Collection, string Version, string Sha256, DateTimeOffset? InstalledAtUtc, string? SignedBy);

/// <summary>A pack was refused; the message is one line naming the reason. Nothing was changed.</summary>
public sealed class KnowledgePackException : Exception
{
    /// <summary>Creates the exception with a one-line reason.</summary>
    public KnowledgePackException(string message) : base(message) { }

    /// <summary>Creates the exception with a one-line reason and its cause.</summary>
    public KnowledgePackException(string message, Exception inner) : base(message, inner) { }
}
