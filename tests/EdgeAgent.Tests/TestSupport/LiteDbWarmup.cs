using Edge.Agent.Outbox;
using Edge.Knowledge.Storage;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>
/// LiteDB builds its type mappings in the shared BsonMapper.Global on first use, and two threads doing
/// that at once can fail ("Member Collection not found on BsonMapper"). A service opens one file per
/// process so it never races; parallel tests do, so they build the mappings once, up front.
/// </summary>
internal static class LiteDbWarmup
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        using var directory = new TempDirectory();
        using var database = new KnowledgeDatabase(directory.Path);
        var store = new OutboxStore(database);
        store.Insert([new OutboxRecord { Id = 1, Topic = "t", Payload = [1] }]);
        _ = store.ReadOldest(1);
        _ = store.MaxId();
        store.DeleteThrough(1);
        return true;
    });

    public static void Ensure() => _ = Done.Value;
}
