using Edge.Agent.Events;
using Edge.Knowledge.Storage;
using LiteDB;

namespace Edge.Agent.Outbox;

/// <summary>
/// Small values the service keeps across restarts in the LiteDB file (collection <c>agent_state</c>):
/// the outbox sequence, so numbers never repeat after the outbox drained, and the last error, which
/// <c>edge-agent status</c> shows even when the service is not running.
/// </summary>
internal sealed class AgentStateStore(KnowledgeDatabase database)
{
    /// <summary>Collection name inside the database file.</summary>
    public const string CollectionName = "agent_state";

    private const string SequenceKey = "outboxSequence";
    private const string LastErrorKey = "lastError";

    private ILiteCollection<BsonDocument> Values => database.Database.GetCollection(CollectionName);

    /// <summary>The last sequence number handed out, 0 when none.</summary>
    public long ReadSequence() => Values.FindById(SequenceKey)?["value"].AsInt64 ?? 0;

    /// <summary>Remembers the last sequence number handed out.</summary>
    public void WriteSequence(long value) => Values.Upsert(new BsonDocument { ["_id"] = SequenceKey, ["value"] = value });

    /// <summary>The last error persisted by the service, or null.</summary>
    public LastError? ReadLastError()
    {
        var doc = Values.FindById(LastErrorKey);
        return doc is null ? null : new LastError(doc["stage"].AsString, doc["code"].AsString, doc["message"].AsString, doc["ts"].AsDateTime.ToUniversalTime());
    }

    /// <summary>Persists the last error.</summary>
    public void WriteLastError(LastError error) => Values.Upsert(new BsonDocument
    {
        ["_id"] = LastErrorKey, ["stage"] = error.Stage, ["code"] = error.Code, ["message"] = error.Message, ["ts"] = error.Ts,
    });
}
