namespace Edge.Knowledge;

/// <summary>Identity of the knowledge library.</summary>
public static class KnowledgeInfo
{
    /// <summary>The library's name as shown in status reports.</summary>
    public const string Name = "Edge.Knowledge";
}
