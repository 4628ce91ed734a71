namespace Edge.Agent.Events;

/// <summary>Stages named in <c>events/error</c>.</summary>
internal static class Stages
{
    /// <summary>Parsing an MQTT command.</summary>
    public const string Command = "command";
    /// <summary>Recording from the microphone.</summary>
    public const string Capture = "capture";
    /// <summary>Speech to text.</summary>
    public const string Transcribe = "transcribe";
    /// <summary>Retrieval and answering.</summary>
    public const string Answer = "answer";
    /// <summary>The durable outbox.</summary>
    public const string Outbox = "outbox";
    /// <summary>The broker connection.</summary>
    public const string Mqtt = "mqtt";
}

/// <summary>Stable error codes (documented in docs/MQTT.md).</summary>
internal static class ErrorCodes
{
    /// <summary>The command payload is not valid UTF-8 JSON (an object).</summary>
    public const string InvalidJson = "invalid_json";
    /// <summary>A field has the wrong type or is missing (e.g. <c>text</c>).</summary>
    public const string InvalidCommand = "invalid_command";
    /// <summary>The command payload exceeds <c>Mqtt:MaxCommandBytes</c>.</summary>
    public const string PayloadTooLarge = "payload_too_large";
    /// <summary>A topic under <c>cmd/</c> that the agent does not know.</summary>
    public const string UnknownCommand = "unknown_command";
    /// <summary>The question queue is full, or the microphone is in use.</summary>
    public const string Busy = "busy";
    /// <summary>The assistant refused the question (empty, too long, unknown collection…).</summary>
    public const string InvalidQuestion = "invalid_question";
    /// <summary>The answer took longer than <c>Agent:AnswerTimeoutSeconds</c>.</summary>
    public const string Timeout = "timeout";
    /// <summary>The agent stopped before the question was answered.</summary>
    public const string ShuttingDown = "shutting_down";
    /// <summary>Answering failed unexpectedly.</summary>
    public const string AnswerFailed = "answer_failed";
    /// <summary>No microphone or no speech recognition is available.</summary>
    public const string SpeechUnavailable = "speech_unavailable";
    /// <summary>Recording failed.</summary>
    public const string CaptureFailed = "capture_failed";
    /// <summary>Transcription failed.</summary>
    public const string TranscriptionFailed = "transcription_failed";
    /// <summary>Nothing was said (or nothing recognised).</summary>
    public const string NoSpeech = "no_speech";
    /// <summary>Old events were dropped because the outbox was full.</summary>
    public const string OutboxOverflow = "outbox_overflow";
    /// <summary>The broker refused or lost the connection.</summary>
    public const string BrokerUnavailable = "broker_unavailable";
    /// <summary>The broker refused the credentials.</summary>
    public const string BrokerAuth = "broker_auth";
}
