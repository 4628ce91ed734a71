using Edge.Knowledge.Storage;
using LiteDB;

namespace Edge.Agent.Outbox;

/// <summary>
/// The <c>outbox</c> collection in the one LiteDB file. Every call is one LiteDB operation: in
/// shared mode each operation takes the file lock, so callers batch inserts and deletes.
/// </summary>
internal sealed class OutboxStore(KnowledgeDatabase database)
{
    /// <summary>Collection name inside the database file.</summary>
    public const string CollectionName = "outbox";

    private ILiteCollection<OutboxRecord> Records => database.Database.GetCollection<OutboxRecord>(CollectionName);

    /// <summary>Events stored and not yet acknowledged.</summary>
    public int Count() => Records.Count();

    /// <summary>Highest stored sequence number, 0 when empty.</summary>
    public long MaxId() => Records.Query().OrderByDescending(r => r.Id).Select(r => r.Id).FirstOrDefault();

    /// <summary>Stores a batch in one operation.</summary>
    public void Insert(IReadOnlyList<OutboxRecord> batch) => Records.InsertBulk(batch, batch.Count);

    /// <summary>The oldest events, in delivery order.</summary>
    public List<OutboxRecord> ReadOldest(int max) => Records.Query().OrderBy(r => r.Id).Limit(max).ToList();

    /// <summary>Removes every event up to and including <paramref name="id"/> (all acknowledged, since delivery is in order).</summary>
    public int DeleteThrough(long id) => Records.DeleteMany(r => r.Id <= id);

    /// <summary>Removes the <paramref name="count"/> oldest events; returns how many went.</summary>
    public int DropOldest(int count)
    {
        if (count <= 0)
            return 0;
        var last = Records.Query().OrderBy(r => r.Id).Select(r => r.Id).Skip(count - 1).Limit(1).ToList();
        return last.Count == 0 ? Records.DeleteAll() : DeleteThrough(last[0]);
    }
}
