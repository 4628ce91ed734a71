using Microsoft.Extensions.Logging;

namespace Edge.Agent;

/// <summary>
/// Every log message of the agent, source-generated. Ids, durations and sizes only: questions,
/// transcripts and payloads stay out of the logs above Trace (they may be confidential).
/// </summary>
internal static partial class Log
{
    // 1xx MQTT connection and broker
    [LoggerMessage(100, LogLevel.Information, "MQTT connected to {Endpoint} in {ElapsedMs:0} ms")]
    public static partial void MqttConnected(ILogger logger, string endpoint, double elapsedMs);

    [LoggerMessage(101, LogLevel.Error, "{Message}")]
    public static partial void MqttConnectFailed(ILogger logger, string message);

    [LoggerMessage(102, LogLevel.Debug, "still failing: {Message}")]
    public static partial void MqttConnectRetry(ILogger logger, string message);

    [LoggerMessage(103, LogLevel.Warning, "MQTT connection to {Endpoint} lost ({Reason}) {Detail}")]
    public static partial void MqttDisconnected(ILogger logger, string endpoint, string reason, string detail);

    [LoggerMessage(104, LogLevel.Error, "MQTT connection loop failed; retrying")]
    public static partial void MqttLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(105, LogLevel.Warning, "MQTT broker refused the subscription to {Topic}: {Reason}")]
    public static partial void MqttSubscriptionRefused(ILogger logger, string topic, string reason);

    [LoggerMessage(106, LogLevel.Debug, "MQTT disconnect failed: {Message}")]
    public static partial void MqttDisconnectFailed(ILogger logger, string message);

    [LoggerMessage(107, LogLevel.Information, "MQTT stopped: {Depth} events left in the outbox after {ElapsedMs:0} ms of flushing")]
    public static partial void MqttFlushed(ILogger logger, int depth, double elapsedMs);

    [LoggerMessage(108, LogLevel.Information, "embedded MQTT broker listening on {Address}:{Port}")]
    public static partial void EmbeddedBrokerStarted(ILogger logger, string address, int port);

    // 2xx outbox and publishing
    [LoggerMessage(200, LogLevel.Warning, "outbox full ({MaxEvents} events): dropped the {Dropped} oldest undelivered events")]
    public static partial void OutboxOverflow(ILogger logger, int dropped, int maxEvents);

    [LoggerMessage(201, LogLevel.Error, "storing {Count} events in the outbox failed")]
    public static partial void OutboxWriteFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(202, LogLevel.Debug, "publishing interrupted: {Message}")]
    public static partial void PublishInterrupted(ILogger logger, string message);

    [LoggerMessage(203, LogLevel.Warning, "MQTT broker refused event {Sequence} on {Topic}: {Reason}; skipped")]
    public static partial void PublishRefused(ILogger logger, string topic, long sequence, string reason);

    // 3xx commands and pipeline
    [LoggerMessage(300, LogLevel.Debug, "command {Command} received ({Bytes} bytes)")]
    public static partial void CommandReceived(ILogger logger, string command, long bytes);

    [LoggerMessage(301, LogLevel.Error, "handling a message on {Topic} failed")]
    public static partial void CommandFailed(ILogger logger, string topic, Exception exception);

    [LoggerMessage(302, LogLevel.Information, "question {Id} ({Source}) answered with {Citations} citations in {ElapsedMs:0} ms")]
    public static partial void Answered(ILogger logger, string id, string source, int citations, double elapsedMs);

    [LoggerMessage(303, LogLevel.Error, "question {Id} failed")]
    public static partial void QuestionFailed(ILogger logger, string id, Exception exception);

    [LoggerMessage(304, LogLevel.Information, "listening for question {Id} ({Source}, {Mode})")]
    public static partial void ListenStarted(ILogger logger, string id, string source, string mode);

    [LoggerMessage(305, LogLevel.Information, "question {Id}: {AudioMs:0} ms of audio transcribed in {TranscribeMs} ms ({Chars} characters)")]
    public static partial void Transcribed(ILogger logger, string id, double audioMs, long transcribeMs, int chars);

    [LoggerMessage(306, LogLevel.Error, "listening failed")]
    public static partial void ListenFailed(ILogger logger, Exception exception);

    [LoggerMessage(307, LogLevel.Warning, "listen request dropped: too many waiting")]
    public static partial void ListenRequestDropped(ILogger logger);

    // 4xx status and GPIO
    [LoggerMessage(400, LogLevel.Warning, "status contributor {Contributor} failed")]
    public static partial void StatusContributorFailed(ILogger logger, string contributor, Exception exception);

    [LoggerMessage(401, LogLevel.Warning, "cannot read or write the agent state in the data file")]
    public static partial void StateStoreFailed(ILogger logger, Exception exception);

    [LoggerMessage(402, LogLevel.Warning, "GPIO not available ({Kind}: {Message}); running without button and LEDs")]
    public static partial void GpioUnavailable(ILogger logger, string kind, string message);

    [LoggerMessage(403, LogLevel.Information, "GPIO ready: button pin {Pin}, mode {Mode}")]
    public static partial void GpioStarted(ILogger logger, int pin, string mode);

    [LoggerMessage(404, LogLevel.Debug, "button {Pressed}")]
    public static partial void ButtonChanged(ILogger logger, bool pressed);

    // 5xx speech and knowledge adapters
    [LoggerMessage(500, LogLevel.Information, "Whisper model {State}: {Reason}")]
    public static partial void SpeechModelChecked(ILogger logger, string state, string reason);

    [LoggerMessage(501, LogLevel.Warning, "no vocabulary for the speech prompt ({Message}); transcribing without it")]
    public static partial void VocabularyUnavailable(ILogger logger, string message);

    [LoggerMessage(502, LogLevel.Information, "no speech in the recording ({Reason}: {Detail})")]
    public static partial void NoSpeechRecognised(ILogger logger, string reason, string detail);

    [LoggerMessage(503, LogLevel.Debug, "speaking the answer to question {Id} ({Chars} characters, {Language})")]
    public static partial void SpeakingReply(ILogger logger, string id, int chars, string language);

    [LoggerMessage(504, LogLevel.Debug, "spoken reply to question {Id} interrupted")]
    public static partial void ReplyInterrupted(ILogger logger, string id);

    [LoggerMessage(505, LogLevel.Warning, "speaking the answer to question {Id} failed: {Message}")]
    public static partial void ReplyFailed(ILogger logger, string id, string message);
}
