using System.Globalization;
using Edge.Knowledge.Ingestion.Limits;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Packs;

/// <summary>
/// Builds and installs knowledge packs. The embedding model and the ingestion pieces are resolved
/// on first use, like <see cref="KnowledgeBase"/> does, so listing packs loads no model.
/// </summary>
internal sealed partial class KnowledgePacks(
    IServiceProvider services,
    IOptions<KnowledgeOptions> options,
    IOptions<IngestionLimitsOptions> limits,
    IOptions<PackTrustOptions> trust,
    TimeProvider time) : IKnowledgePacks
{
    // Resolved on use: building a pack never opens (or creates) the local knowledge database.
    private KnowledgeStore Store => services.GetRequiredService<KnowledgeStore>();

    public IReadOnlyList<InstalledPack> ListInstalled()
    {
        var meta = Store.GetMetaByPrefix("pack.");
        return [.. meta
            .Where(p => p.Key.StartsWith("pack.version.", StringComparison.Ordinal))
            .Select(p => p.Key["pack.version.".Length..])
            .Order(StringComparer.Ordinal)
            .Select(collection => new InstalledPack(
                collection,
                meta[PackFormat.VersionKey(collection)],
                meta.GetValueOrDefault(PackFormat.Sha256Key(collection)) ?? "",
                DateTimeOffset.TryParse(meta.GetValueOrDefault(PackFormat.InstalledKey(collection)), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
                meta.GetValueOrDefault(PackFormat.SignerKey(collection)) is { Length: > 0 } signer ? signer : null))];
    }

    private static PackSummary Summary(PackManifest manifest, string sha256, string? signer) =>
        new(manifest.Collection, manifest.Version, manifest.Documents.Count, manifest.ChunkCount, manifest.EmbeddingModel, sha256, signer);
}
