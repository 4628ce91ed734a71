namespace Edge.Agent.Models;

/// <summary>
/// <c>models pull</c>: fetches catalog models into a folder and records them in its models.json.
/// The only code in the agent that uses the network; meant for a connected staging machine.
/// </summary>
internal sealed class ModelPuller(ModelDownloader downloader, TimeProvider time, Action<string> report)
{
    /// <summary>Pulls one model; files already present with the recorded checksum are kept.</summary>
    public async Task<ManifestModel> PullAsync(CatalogModel model, string folder, CancellationToken cancellationToken = default)
    {
        var recorded = ModelManifest.Load(folder)?.Models.FirstOrDefault(m => string.Equals(m.Name, model.Name, StringComparison.OrdinalIgnoreCase));
        var files = new List<ManifestFile>();
        foreach (var file in model.Files)
        {
            var target = ModelPaths.Resolve(folder, file.Path);
            var known = recorded?.Files.FirstOrDefault(f => f.Path == file.Path);
            if (await AlreadyPresentAsync(file, known, target, cancellationToken) is { } present)
            {
                report($"{model.Name}: {file.Path} already present, sha256 ok");
                files.Add(present);
                continue;
            }
            report($"{model.Name}: fetching {file.Path}{(file.Size is { } size ? $" ({size / 1048576.0:F1} MiB)" : "")}");
            var fetched = await downloader.DownloadAsync(file, target, cancellationToken: cancellationToken);
            report($"{model.Name}: {file.Path} {fetched.Size / 1048576.0:F1} MiB, sha256 {fetched.Sha256}{(file.Sha256 is null ? " (recorded)" : " (matches the catalog)")}");
            files.Add(fetched);
        }
        var entry = new ManifestModel(model.Name, model.Kind, files, time.GetUtcNow());
        (ModelManifest.Load(folder) ?? ModelManifest.Empty).With(entry).Save(folder);
        return entry;
    }

    private static async Task<ManifestFile?> AlreadyPresentAsync(CatalogFile file, ManifestFile? known, string target, CancellationToken cancellationToken)
    {
        var expected = file.Sha256 ?? known?.Sha256;
        if (expected is null || !File.Exists(target))
            return null;
        var sha256 = await FileHashing.Sha256Async(target, cancellationToken);
        return string.Equals(sha256, expected, StringComparison.OrdinalIgnoreCase)
            ? new ManifestFile(file.Path, sha256, new FileInfo(target).Length)
            : null;
    }
}
