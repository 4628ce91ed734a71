using LiteDB;

namespace Edge.Knowledge.Storage;

/// <summary>
/// Derived data kept beside the manuals so a fresh process need not recompute it (the dictionary
/// narrowed to the manuals, the decline calibration): a named blob with the identity it was made
/// for. A blob made for another identity is treated as missing.
/// </summary>
internal sealed partial class KnowledgeStore
{
    private const string CachePrefix = "$cache/";

    /// <summary>The cached text for <paramref name="name"/> when it was made for <paramref name="identity"/>; null otherwise.</summary>
    public string? ReadCache(string name, string identity)
    {
        var file = Db.FileStorage.FindById(CachePrefix + name);
        if (file is null || file.Metadata["identity"].AsString != identity)
            return null;
        using var stream = file.OpenRead();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every cached text whose name starts with <paramref name="prefix"/>, whatever it was made for.</summary>
    public IReadOnlyList<string> ListCache(string prefix)
    {
        // Materialised first: in shared mode every read opens the file, and a read inside an open query fails.
        var texts = new List<string>();
        foreach (var file in Db.FileStorage.Find(f => f.Id.StartsWith(CachePrefix + prefix)).ToList())
        {
            using var stream = file.OpenRead();
            using var reader = new StreamReader(stream);
            texts.Add(reader.ReadToEnd());
        }
        return texts;
    }

    /// <summary>Stores <paramref name="text"/> as the cache for <paramref name="name"/>, made for <paramref name="identity"/>.</summary>
    public void WriteCache(string name, string identity, string text)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
        Db.FileStorage.Upload(CachePrefix + name, name, stream, new BsonDocument { ["identity"] = identity });
    }
}
