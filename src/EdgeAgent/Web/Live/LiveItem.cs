namespace Edge.Agent.Web.Live;

/// <summary>
/// One message of the live feed: the MQTT topic below the base topic as its kind (<c>events/answer</c>,
/// <c>events/answer/partial</c>, <c>events/question</c>, <c>events/error</c>, <c>status</c>) or
/// <c>context</c> for the machine's current alarm, and the payload exactly as published.
/// </summary>
/// <param name="Id">Increasing within this run of the agent; a reconnecting browser resumes after it.</param>
/// <param name="Kind">Topic suffix, or <c>context</c>.</param>
/// <param name="Payload">UTF-8 JSON.</param>
internal sealed record LiveItem(long Id, string Kind, byte[] Payload);
