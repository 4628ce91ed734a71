namespace Edge.Agent.Status;

/// <summary>The <c>state</c> of the retained status message.</summary>
internal enum AgentState
{
    /// <summary>Connected and idle.</summary>
    Online,
    /// <summary>Recording a spoken question.</summary>
    Listening,
    /// <summary>Turning speech into text.</summary>
    Transcribing,
    /// <summary>Searching the manuals and writing the answer.</summary>
    Answering,
    /// <summary>The last question failed; cleared by the next one.</summary>
    Error,
    /// <summary>Stopped (published on shutdown, and by the broker as the Last Will).</summary>
    Offline,
}

/// <summary>Wire names of <see cref="AgentState"/>.</summary>
internal static class AgentStateNames
{
    /// <summary>The lower-case name used in payloads.</summary>
    public static string ToWire(this AgentState state) => state switch
    {
        AgentState.Online => "online",
        AgentState.Listening => "listening",
        AgentState.Transcribing => "transcribing",
        AgentState.Answering => "answering",
        AgentState.Error => "error",
        _ => "offline",
    };
}
