namespace Edge.Agent.Outbox;

/// <summary>One stored event: its sequence number is the LiteDB id, so the id order is the delivery order.</summary>
internal sealed class OutboxRecord
{
    /// <summary>Sequence number (LiteDB <c>_id</c>).</summary>
    public long Id { get; set; }

    /// <summary>Full topic.</summary>
    public string Topic { get; set; } = "";

    /// <summary>UTF-8 JSON payload, serialized once when stored.</summary>
    public byte[] Payload { get; set; } = [];

    /// <summary>When it was stored (UTC).</summary>
    public DateTime CreatedUtc { get; set; }
}
