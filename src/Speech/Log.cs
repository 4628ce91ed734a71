using Microsoft.Extensions.Logging;

namespace Edge.Speech;

/// <summary>Every log line of the speech library. Ids, sizes and durations; transcript text only at Trace.</summary>
internal static partial class Log
{
    [LoggerMessage(100, LogLevel.Information, "Whisper model loaded from {Path} in {ElapsedMs} ms ({Description})")]
    public static partial void ModelLoaded(ILogger logger, string path, long elapsedMs, string description);

    [LoggerMessage(101, LogLevel.Warning, "Speech input unavailable, model missing: {Reason}")]
    public static partial void ModelMissing(ILogger logger, string reason);

    [LoggerMessage(102, LogLevel.Error, "Speech input unavailable, model unusable: {Reason}")]
    public static partial void ModelUnusable(ILogger logger, string reason);

    [LoggerMessage(103, LogLevel.Debug, "whisper.cpp: {Message}")]
    public static partial void Native(ILogger logger, string message);

    [LoggerMessage(200, LogLevel.Information, "No speech in {DurationMs} ms of audio: {Reason}")]
    public static partial void NoSpeech(ILogger logger, long durationMs, string reason);

    [LoggerMessage(201, LogLevel.Information, "Transcribed {DurationMs} ms of audio ({SpeechMs} ms speech) in {ElapsedMs} ms: {Segments} segment(s), language {Language}, audio context {AudioContext}")]
    public static partial void Transcribed(ILogger logger, long durationMs, long speechMs, long elapsedMs, int segments, string? language, int audioContext);

    [LoggerMessage(202, LogLevel.Trace, "Transcript: {Text}")]
    public static partial void TranscriptText(ILogger logger, string text);

    [LoggerMessage(203, LogLevel.Debug, "Segment dropped: {Reason}")]
    public static partial void SegmentDropped(ILogger logger, string reason);

    [LoggerMessage(204, LogLevel.Debug, "Transcription cancelled after {ElapsedMs} ms")]
    public static partial void TranscriptionCancelled(ILogger logger, long elapsedMs);

    [LoggerMessage(300, LogLevel.Debug, "Recording started ({Mode}) from {Source}")]
    public static partial void RecordingStarted(ILogger logger, CaptureMode mode, string source);

    [LoggerMessage(301, LogLevel.Information, "Recording ended ({Reason}) after {DurationMs} ms of audio")]
    public static partial void RecordingEnded(ILogger logger, RecordingEndReason reason, long durationMs);

    [LoggerMessage(302, LogLevel.Debug, "Started {Tool} (pid {ProcessId})")]
    public static partial void ProcessStarted(ILogger logger, string tool, int processId);

    [LoggerMessage(303, LogLevel.Debug, "Killed {Tool} (pid {ProcessId}) on cancellation")]
    public static partial void ProcessKilled(ILogger logger, string tool, int processId);

    [LoggerMessage(400, LogLevel.Debug, "Speaking {Characters} characters in {Language}")]
    public static partial void Speaking(ILogger logger, int characters, string language);

    [LoggerMessage(401, LogLevel.Debug, "Spoken replies are off; not speaking {Characters} characters")]
    public static partial void SpeakingDisabled(ILogger logger, int characters);

    [LoggerMessage(500, LogLevel.Information, "Silero VAD model loaded from {Path} in {ElapsedMs} ms")]
    public static partial void VadModelLoaded(ILogger logger, string path, long elapsedMs);

    [LoggerMessage(501, LogLevel.Warning, "Silero VAD model missing: {Reason}")]
    public static partial void VadModelMissing(ILogger logger, string reason);

    [LoggerMessage(502, LogLevel.Error, "Silero VAD model unusable: {Reason}")]
    public static partial void VadModelUnusable(ILogger logger, string reason);

    [LoggerMessage(503, LogLevel.Warning, "Voice activity: {Configured} cannot run ({Reason}); the spectral detector stands in")]
    public static partial void VadFallback(ILogger logger, string configured, string reason);
}
