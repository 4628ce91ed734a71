using System.Text.Json;

namespace Edge.Agent.Models;

/// <summary>
/// models.json in a models folder: what was pulled (or added by hand) with the sha256 of every file.
/// <c>models verify</c> checks the folder against it; the board trusts nothing else.
/// </summary>
internal sealed record ModelManifest(int Format, IReadOnlyList<ManifestModel> Models)
{
    /// <summary>Current format number.</summary>
    public const int CurrentFormat = 1;

    /// <summary>An empty manifest.</summary>
    public static ModelManifest Empty { get; } = new(CurrentFormat, []);

    /// <summary>The manifest in <paramref name="folder"/>, or null when there is none.</summary>
    public static ModelManifest? Load(string folder)
    {
        var path = Path.Combine(folder, ModelPaths.ManifestName);
        if (!File.Exists(path))
            return null;
        ModelManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ModelManifest>(File.ReadAllBytes(path), ModelJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a valid models manifest: {ex.Message}");
        }
        if (manifest?.Models is null)
            throw new InvalidDataException($"{path} has no \"models\" list");
        foreach (var model in manifest.Models)
        {
            if (string.IsNullOrWhiteSpace(model.Name) || model.Files is not { Count: > 0 })
                throw new InvalidDataException($"{path}: every model needs a name and at least one file");
            foreach (var file in model.Files)
                ModelPaths.CheckRelative(file.Path, $"{path}: model {model.Name}");
        }
        return manifest;
    }

    /// <summary>A manifest with <paramref name="model"/> added or replacing the entry of the same name.</summary>
    public ModelManifest With(ManifestModel model) =>
        this with
        {
            Format = CurrentFormat,
            Models = [.. Models.Where(m => !string.Equals(m.Name, model.Name, StringComparison.OrdinalIgnoreCase)).Append(model).OrderBy(m => m.Name, StringComparer.Ordinal)],
        };

    /// <summary>Writes the manifest through a temporary file and a rename, so a reader never sees half a file.</summary>
    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, ModelPaths.ManifestName);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, ModelJson.Options));
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>One model in models.json.</summary>
/// <param name="Name">Catalog name, e.g. "base-q5_1".</param>
/// <param name="Kind">whisper, llm or embedding.</param>
/// <param name="Files">Its files with their checksums.</param>
/// <param name="PulledAtUtc">When it was pulled; null for entries written by hand.</param>
internal sealed record ManifestModel(string Name, string Kind, IReadOnlyList<ManifestFile> Files, DateTimeOffset? PulledAtUtc = null);

/// <summary>A file of a model: path relative to the models folder, lower-case hex sha256, size in bytes.</summary>
internal sealed record ManifestFile(string Path, string Sha256, long Size);
