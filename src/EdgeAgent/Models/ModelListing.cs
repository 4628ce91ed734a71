namespace Edge.Agent.Models;

/// <summary>One line of <c>models list</c>: a catalog or manifest model and its state in the models folder.</summary>
/// <param name="Name">Model name.</param>
/// <param name="Kind">whisper, llm or embedding.</param>
/// <param name="State">present, damaged (recorded but a file is missing or of the wrong size), partial (a download to resume), missing.</param>
/// <param name="Size">Bytes: on disk when present, else the catalog's total when known.</param>
/// <param name="InCatalog">False for models added to models.json by hand.</param>
/// <param name="Description">The catalog's description.</param>
internal sealed record ModelListing(string Name, string Kind, string State, long? Size, bool InCatalog, string? Description)
{
    /// <summary>Catalog models first (in catalog order), then models only the manifest knows.</summary>
    public static IReadOnlyList<ModelListing> Build(ModelCatalog catalog, ModelManifest? manifest, string folder)
    {
        var recorded = manifest?.Models ?? [];
        var listing = catalog.Models.Select(model =>
        {
            var entry = recorded.FirstOrDefault(m => string.Equals(m.Name, model.Name, StringComparison.OrdinalIgnoreCase));
            if (entry is not null)
                return FromManifest(entry, folder, inCatalog: true, model.Description);
            var partial = model.Files.Any(f => File.Exists(ModelPaths.Resolve(folder, f.Path) + ModelPaths.PartialSuffix));
            var size = model.Files.All(f => f.Size is not null) ? model.Files.Sum(f => f.Size!.Value) : (long?)null;
            return new ModelListing(model.Name, model.Kind, partial ? "partial" : "missing", size, true, model.Description);
        }).ToList();
        listing.AddRange(recorded
            .Where(m => catalog.Find(m.Name) is null)
            .Select(m => FromManifest(m, folder, inCatalog: false, "added to models.json by hand")));
        return listing;
    }

    private static ModelListing FromManifest(ManifestModel model, string folder, bool inCatalog, string? description)
    {
        var whole = model.Files.All(f => new FileInfo(ModelPaths.Resolve(folder, f.Path)) is { Exists: true } info && info.Length == f.Size);
        return new ModelListing(model.Name, model.Kind, whole ? "present" : "damaged", model.Files.Sum(f => f.Size), inCatalog, description);
    }
}
