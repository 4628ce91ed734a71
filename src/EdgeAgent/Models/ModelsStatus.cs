namespace Edge.Agent.Models;

/// <summary>What <c>status</c> says about the models folder: the models in models.json and whether their files are there (no hashing).</summary>
/// <param name="Folder">The models folder.</param>
/// <param name="Models">One entry per recorded model; empty when there is no models.json.</param>
/// <param name="Problem">Why the manifest could not be read, if it could not.</param>
internal sealed record ModelsStatus(string Folder, IReadOnlyList<ModelsStatus.Entry> Models, string? Problem)
{
    /// <summary>A recorded model and its state: present or damaged.</summary>
    internal sealed record Entry(string Name, string Kind, string State);

    /// <summary>Reads the manifest of <paramref name="folder"/> and checks file sizes.</summary>
    public static ModelsStatus Read(string folder)
    {
        try
        {
            var manifest = ModelManifest.Load(folder);
            var listing = ModelListing.Build(new ModelCatalog([]), manifest, folder);
            return new ModelsStatus(folder, [.. listing.Select(l => new Entry(l.Name, l.Kind, l.State))], null);
        }
        catch (InvalidDataException ex)
        {
            return new ModelsStatus(folder, [], ex.Message);
        }
    }

    /// <summary>One line for a terminal.</summary>
    public string Describe() =>
        Problem ?? (Models.Count == 0
            ? $"none in {Folder} (no {ModelPaths.ManifestName})"
            : string.Join(", ", Models.Select(m => $"{m.Name} ({m.Kind}, {m.State})")) + $" in {Folder}");
}
