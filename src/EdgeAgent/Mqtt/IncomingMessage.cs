namespace Edge.Agent.Mqtt;

/// <summary>A message received on a subscribed topic.</summary>
/// <param name="Topic">Full topic.</param>
/// <param name="Payload">The payload; empty when it was larger than the command limit (see <paramref name="Length"/>).</param>
/// <param name="Length">Payload size in bytes as received.</param>
internal sealed record IncomingMessage(string Topic, byte[] Payload, long Length);
