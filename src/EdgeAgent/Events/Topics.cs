namespace Edge.Agent.Events;

/// <summary>Topic names below the base topic (the MQTT contract of DESIGN.md).</summary>
internal static class Topics
{
    /// <summary>Retained state; also the Last Will topic.</summary>
    public const string Status = "status";

    /// <summary>Accepted questions.</summary>
    public const string QuestionEvents = "events/question";

    /// <summary>Final answers.</summary>
    public const string AnswerEvents = "events/answer";

    /// <summary>Growing answers from a language model.</summary>
    public const string PartialAnswerEvents = "events/answer/partial";

    /// <summary>Errors.</summary>
    public const string ErrorEvents = "events/error";

    /// <summary>Prefix of command topics.</summary>
    public const string CommandPrefix = "cmd/";

    /// <summary>Ask a typed question.</summary>
    public const string AskCommand = "cmd/ask";

    /// <summary>Same as pressing the button.</summary>
    public const string ListenCommand = "cmd/listen";
}
