using System.ComponentModel.DataAnnotations;

namespace Edge.Agent.Options;

/// <summary>The <c>Agent</c> section: how questions flow through the service.</summary>
internal sealed class AgentOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Agent";

    /// <summary>Text questions waiting for the assistant; when full, new ones are rejected with "busy".</summary>
    [Range(1, 10_000, ErrorMessage = "Agent:QuestionQueueCapacity must be between 1 and 10000")]
    public int QuestionQueueCapacity { get; set; } = 16;

    /// <summary>Longest time one answer may take before it is given up.</summary>
    [Range(1, 3600, ErrorMessage = "Agent:AnswerTimeoutSeconds must be between 1 and 3600")]
    public int AnswerTimeoutSeconds { get; set; } = 120;

    /// <summary>On shutdown, how long the current question may finish before it is cancelled.</summary>
    [Range(0, 300, ErrorMessage = "Agent:ShutdownGraceSeconds must be between 0 and 300")]
    public int ShutdownGraceSeconds { get; set; } = 5;

    /// <summary>Longest recording; the microphone stops by itself after this.</summary>
    [Range(1, 300, ErrorMessage = "Agent:MaxListenSeconds must be between 1 and 300")]
    public int MaxListenSeconds { get; set; } = 15;

    /// <summary>Minimum spacing of <c>events/answer/partial</c> messages.</summary>
    [Range(0, 10_000, ErrorMessage = "Agent:PartialAnswerIntervalMs must be between 0 and 10000")]
    public int PartialAnswerIntervalMs { get; set; } = 250;

    /// <summary>Collection searched for spoken questions (usually the machine's); null searches all.</summary>
    public string? Collection { get; set; }
}
