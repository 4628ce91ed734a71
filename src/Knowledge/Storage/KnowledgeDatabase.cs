using LiteDB;

namespace Edge.Knowledge.Storage;

/// <summary>
/// The one LiteDB file in the data directory. Opened in shared mode because the command line
/// (ingest, search) and the running service may use the file at the same time; LiteDB's shared
/// mode takes a cross-process lock per operation, direct mode has none on Linux.
/// </summary>
public sealed class KnowledgeDatabase : IDisposable
{
    /// <summary>File name of the database inside the data directory.</summary>
    public const string FileName = "edge.db";

    // LiteDB's shared BsonMapper registers a type before it has filled in the type's members, so two
    // databases opened at the same moment on two threads can see a half-built mapping ("Member
    // Collection not found"). Building the mappings once, here, before any database opens, avoids it.
    static KnowledgeDatabase()
    {
        BsonMapper.Global.ToDocument(new DocumentRecord());
        BsonMapper.Global.ToDocument(new ChunkRecord());
        BsonMapper.Global.ToDocument(new VectorRecord());
        BsonMapper.Global.ToDocument(new MetaRecord());
    }

    /// <summary>Opens (or creates) the database in <paramref name="dataDirectory"/>.</summary>
    /// <exception cref="KnowledgeStoreException">The file is not a LiteDB database, is damaged, or cannot be created.</exception>
    public KnowledgeDatabase(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        FilePath = System.IO.Path.GetFullPath(System.IO.Path.Combine(dataDirectory, FileName));
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FilePath)!);
            Database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Shared });
            EnsureIndexes(Database);
        }
        catch (Exception ex)
        {
            // LiteDB reports a foreign or damaged file with whatever exception its page reader hits
            // first (LiteException, ArgumentOutOfRange, InvalidCast...): all mean "not usable".
            throw new KnowledgeStoreException($"cannot open the knowledge database {FilePath}: {ex.Message}", ex);
        }
    }

    /// <summary>Full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>The LiteDB handle; other components (e.g. the event outbox) keep their collections here too.</summary>
    public ILiteDatabase Database { get; }

    /// <inheritdoc />
    public void Dispose() => Database.Dispose();

    private static void EnsureIndexes(ILiteDatabase db)
    {
        var documents = db.GetCollection<DocumentRecord>(Collections.Documents);
        documents.EnsureIndex(d => d.Collection);
        documents.EnsureIndex("key", "LOWER($.Collection) + '/' + $.Name", unique: true);
        db.GetCollection<ChunkRecord>(Collections.Chunks).EnsureIndex(c => c.DocumentId);
        db.GetCollection<VectorRecord>(Collections.Vectors).EnsureIndex(v => v.DocumentId);
    }

    /// <summary>Collection names inside the file.</summary>
    internal static class Collections
    {
        public const string Documents = "documents";
        public const string Chunks = "chunks";
        public const string Vectors = "vectors";
        public const string Meta = "meta";
    }
}
