using System.Globalization;
using System.Reflection;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Chunking;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Edge.Knowledge.Packs;

internal sealed partial class KnowledgePacks
{
    public PackSummary Build(IReadOnlyList<string> paths, string outputFile, string? collection = null, string? version = null, string? signingKeyFile = null,
        IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // A key that cannot be read stops the build before anything is ingested.
        if (signingKeyFile is not null)
            PackSigningKeys.LoadPrivate(signingKeyFile).Dispose();
        var name = CollectionName.Normalize(collection ?? options.Value.DefaultCollection);
        var label = PackFormat.CheckVersion(version ?? time.GetUtcNow().ToString("yyyyMMdd.HHmmss", CultureInfo.InvariantCulture));
        var scratch = Path.Combine(Path.GetTempPath(), $"edge-pack-{Guid.NewGuid():N}");
        try
        {
            // The normal ingestion, into a throwaway store: the pack holds exactly what ingest would store.
            using var database = new KnowledgeDatabase(scratch);
            var staging = new KnowledgeStore(database);
            var embedder = services.GetRequiredService<ITextEmbedder>();
            var ingestor = new KnowledgeIngestor(staging, services.GetRequiredService<DocumentReaders>(), services.GetRequiredService<Chunker>(),
                services.GetRequiredService<TextAnalysis>(), embedder, options, limits, time,
                services.GetService<ILogger<KnowledgeIngestor>>() ?? NullLogger<KnowledgeIngestor>.Instance);
            var report = ingestor.Ingest(paths, name, progress, cancellationToken);
            if (report.Files.FirstOrDefault(f => f.Outcome == IngestOutcome.Failed) is { } failed)
                throw new KnowledgePackException($"{report.Count(IngestOutcome.Failed)} file(s) could not be ingested, e.g. {failed.Path}: {failed.Reason}; a pack must be complete");

            var documents = staging.ExportCollection(name).ToList();
            if (documents.Count == 0)
                throw new KnowledgePackException("no documents found to pack");
            var manifest = new PackManifest(PackFormat.Version, name, label, time.GetUtcNow(), CreatedBy(), embedder.ModelName, embedder.Dimensions,
                documents.Sum(d => d.Chunks.Count), [.. documents.Select(d => new PackManifestDocument(d.Document.Name, d.Document.Sha256, d.Chunks.Count))]);
            var sha256 = PackWriter.Write(outputFile, manifest, documents, signingKeyFile);
            return Summary(manifest, sha256, signingKeyFile is null ? null : new PackPublicKey(PackSigningKeys.PublicKeyOf(signingKeyFile)).Id);
        }
        finally
        {
            TryDelete(scratch);
        }
    }

    private static string CreatedBy() =>
        $"{KnowledgeInfo.Name} {typeof(KnowledgePacks).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]}";

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover scratch folder in /tmp is harmless; the pack itself was written or not.
        }
    }
}
