using System.Text.Json;
using System.Text.Json.Serialization;

namespace Edge.Agent.Models;

/// <summary>Models <c>models pull</c> knows by name: the embedded catalog.json or a file given with <c>--catalog</c>.</summary>
internal sealed record ModelCatalog(IReadOnlyList<CatalogModel> Models)
{
    private const string ResourceName = "Edge.Agent.Models.catalog.json";

    /// <summary>The catalog shipped inside the executable.</summary>
    public static ModelCatalog Embedded()
    {
        using var stream = typeof(ModelCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return Parse(stream, "the built-in catalog");
    }

    /// <summary>A catalog file; throws <see cref="InvalidDataException"/> with a one-line reason when it is malformed.</summary>
    public static ModelCatalog Load(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"catalog not found: {path}");
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    /// <summary>The entry with this name (case-insensitive), or null.</summary>
    public CatalogModel? Find(string name) =>
        Models.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));

    private static ModelCatalog Parse(Stream stream, string source)
    {
        CatalogDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<CatalogDocument>(stream, ModelJson.Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source} is not a valid model catalog: {ex.Message}");
        }
        var models = document?.Models ?? throw new InvalidDataException($"{source} has no \"models\" list");
        foreach (var model in models)
            model.Validate(source);
        return new ModelCatalog(models);
    }

    private sealed record CatalogDocument([property: JsonPropertyName("models")] IReadOnlyList<CatalogModel>? Models);
}

/// <summary>One catalog entry: a name, what it is for, and the files to fetch.</summary>
internal sealed record CatalogModel(string Name, string Kind, string? Description, IReadOnlyList<CatalogFile> Files)
{
    /// <summary>Throws <see cref="InvalidDataException"/> when a field is missing or unsafe.</summary>
    public void Validate(string source)
    {
        if (string.IsNullOrWhiteSpace(Name) || Files is not { Count: > 0 })
            throw new InvalidDataException($"{source}: every model needs a name and at least one file");
        if (!ModelKinds.IsKnown(Kind))
            throw new InvalidDataException($"{source}: model {Name} has unknown kind '{Kind}' (whisper, llm or embedding)");
        foreach (var file in Files)
        {
            ModelPaths.CheckRelative(file.Path, $"{source}: model {Name}");
            if (!Uri.TryCreate(file.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
                throw new InvalidDataException($"{source}: model {Name} file {file.Path} has no http(s) url");
            if (file.Sha256 is { } hash && !Sha256Hex.IsValid(hash))
                throw new InvalidDataException($"{source}: model {Name} file {file.Path} has a malformed sha256");
        }
    }
}

/// <summary>A file of a catalog entry; <see cref="Sha256"/> and <see cref="Size"/> are null when not known in advance.</summary>
internal sealed record CatalogFile(string Path, string Url, string? Sha256, long? Size);
