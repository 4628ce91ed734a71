using System.Runtime.CompilerServices;
using Edge.Knowledge.Storage;
using LiteDB;

namespace Edge.Knowledge.Tests.Packs;

/// <summary>
/// LiteDB 5.0.21 registers an entity mapper in BsonMapper.Global before filling in its members, so
/// two databases opened at the same moment on two threads can see a mapper without members
/// ("Member Collection not found on BsonMapper"). Tests open many databases in parallel; building
/// the mappers once before any test runs removes the race.
/// </summary>
internal static class LiteDbMapperWarmUp
{
    [ModuleInitializer]
    internal static void BuildMappers()
    {
        var mapper = BsonMapper.Global;
        mapper.ToDocument(new DocumentRecord());
        mapper.ToDocument(new ChunkRecord());
        mapper.ToDocument(new VectorRecord());
        mapper.ToDocument(new MetaRecord());
    }
}
