using Edge.Agent.Events;

namespace Edge.Agent.Status;

/// <summary>
/// Adds facts to the agent's status (MQTT <c>status</c> and <c>edge-agent status</c>) without the agent
/// knowing the libraries: the knowledge base reports its counts, speech and answering report their
/// models. Called on every status change, so keep it cheap (no model loading); results are cached briefly.
/// </summary>
internal interface IStatusContributor
{
    /// <summary>What this component has to report now.</summary>
    StatusContribution Contribute();
}

/// <summary>One component's part of the status.</summary>
/// <param name="Knowledge">Knowledge base counts, from the component that owns the knowledge base.</param>
/// <param name="Models">Models this component needs, each present or missing.</param>
internal sealed record StatusContribution(KnowledgeSummary? Knowledge = null, IReadOnlyList<ModelState>? Models = null);

/// <summary>A model the agent uses.</summary>
/// <param name="Name">Short name, e.g. "whisper", "embedding", "llm".</param>
/// <param name="Present">True when the file or folder is there and usable.</param>
/// <param name="Path">Where it is or was expected, for the operator.</param>
/// <param name="Reason">One line: what was found, or why it cannot be used.</param>
/// <param name="Unusable">Not present because the file is there but broken (rather than missing).</param>
internal sealed record ModelState(string Name, bool Present, string? Path = null, string? Reason = null, bool Unusable = false)
{
    /// <summary><c>present</c>, <c>missing</c> or <c>unusable</c>, as in the status payload.</summary>
    public string WireState => Present ? "present" : Unusable ? "unusable" : "missing";
}
