using System.Globalization;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Knowledge.Packs;

internal sealed partial class KnowledgePacks
{
    public PackInstallResult Install(string packFile, CancellationToken cancellationToken = default)
    {
        var pack = PackContent.Load(packFile, (long)limits.Value.MaxPackMb * 1024 * 1024, trust.Value);
        var manifest = pack.Manifest;
        var collection = CollectionName.Normalize(manifest.Collection);
        var summary = Summary(manifest, pack.Sha256, pack.Signer);

        var store = Store;
        var installed = store.GetMeta(PackFormat.VersionKey(collection));
        if (installed == manifest.Version)
        {
            if (store.GetMeta(PackFormat.Sha256Key(collection)) == pack.Sha256)
                return new PackInstallResult(summary, Unchanged: true, installed);
            throw new KnowledgePackException($"version {manifest.Version} of collection {collection} is already installed with different content: build the new pack with a new --version");
        }

        var embedder = services.GetRequiredService<ITextEmbedder>();
        if (!string.Equals(manifest.EmbeddingModel, embedder.ModelName, StringComparison.Ordinal) || manifest.Dimensions != embedder.Dimensions)
        {
            throw new KnowledgePackException(
                $"the pack was built with embedding model '{manifest.EmbeddingModel}' but this board uses '{embedder.ModelName}': build the pack with the board's Knowledge:EmbeddingModel");
        }
        cancellationToken.ThrowIfCancellationRequested();

        var documents = ToRecords(pack, collection);
        var meta = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [PackFormat.VersionKey(collection)] = manifest.Version,
            [PackFormat.Sha256Key(collection)] = pack.Sha256,
            [PackFormat.InstalledKey(collection)] = time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            [PackFormat.SignerKey(collection)] = pack.Signer ?? "",
            [MetaKeys.PackVersion] = InstalledSummaryLine(store, collection, manifest.Version),
        };
        store.ReplaceCollection(collection, documents, manifest.EmbeddingModel, meta);
        return new PackInstallResult(summary, Unchanged: false, installed);
    }

    /// <summary>"collection@version, …" of every installed pack once this one is in, for the one-line status.</summary>
    private static string InstalledSummaryLine(KnowledgeStore store, string collection, string version)
    {
        var versions = store.GetMetaByPrefix("pack.version.").ToDictionary(p => p.Key["pack.version.".Length..], p => p.Value, StringComparer.Ordinal);
        versions[collection] = version;
        return string.Join(", ", versions.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}@{p.Value}"));
    }

    /// <summary>Store records of the pack; keyword terms are made here with this board's analysis.</summary>
    private List<StoredDocument> ToRecords(PackContent pack, string collection)
    {
        var analysis = services.GetRequiredService<TextAnalysis>();
        var byDocument = pack.Chunks.Select((chunk, index) => (chunk, index)).ToLookup(c => c.chunk.Document, StringComparer.Ordinal);
        return [.. pack.Documents.Select(d =>
        {
            var document = new DocumentRecord
            {
                Name = d.Name, Collection = collection, Sha256 = d.Sha256, Format = d.Format, Title = d.Title,
                SourcePath = $"pack {pack.Manifest.Version}", SizeBytes = d.SizeBytes, IngestedAtUtc = d.IngestedAtUtc,
            };
            var chunks = byDocument[d.Name].OrderBy(c => c.chunk.Ordinal).ToList();
            // A pack carries passages, not the original's page count: the last page a passage is on stands in.
            document.Pages = chunks.Max(c => c.chunk.Page);
            var records = chunks.Select(c => new ChunkRecord
            {
                Collection = collection, Ordinal = c.chunk.Ordinal, Section = [.. c.chunk.Section], Page = c.chunk.Page,
                Text = c.chunk.Text, Language = c.chunk.Language,
                Terms = analysis.IndexTerms(KnowledgeIngestor.IndexedText(new ChunkDraft(c.chunk.Ordinal, c.chunk.Section, c.chunk.Page, c.chunk.Text), d.Title), c.chunk.Language),
            }).ToList();
            return new StoredDocument(document, records, [.. chunks.Select(c => (pack.Vector(c.index), pack.Heading(c.index)))]);
        })];
    }
}
