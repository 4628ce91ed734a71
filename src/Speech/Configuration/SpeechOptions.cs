using System.ComponentModel.DataAnnotations;

namespace Edge.Speech;

/// <summary>Configuration of the speech library, bound from the <c>Speech</c> section.</summary>
public sealed class SpeechOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Speech";

    /// <summary>Path of the ggml Whisper model file; empty means speech input is unavailable (text still works).</summary>
    public string? WhisperModel { get; set; }

    /// <summary>When true, a missing model stops the agent at start-up instead of being reported in its status.</summary>
    public bool RequireModel { get; set; }

    /// <summary>Spoken language: <c>de</c>, <c>en</c> or <c>auto</c> (Whisper detects it).</summary>
    [Required]
    [AllowedValues("de", "en", "auto")]
    public string Language { get; set; } = "auto";

    /// <summary>Whisper CPU threads; 0 picks min(4, cores).</summary>
    [Range(0, 64)]
    public int Threads { get; set; }

    /// <summary>Shrink Whisper's 30 s encoder window to the utterance (much faster for short commands).</summary>
    public bool UseShortAudioContext { get; set; } = true;

    /// <summary>Retry a doubtful decode at higher temperatures (Whisper's fallback); costs time on a Pi.</summary>
    public bool TemperatureFallback { get; set; } = true;

    /// <summary>Longest question accepted, from a file or the microphone.</summary>
    [Range(1, 600)]
    public int MaxQuestionSeconds { get; set; } = 60;

    /// <summary>Transcriptions allowed at once; further requests wait their turn.</summary>
    [Range(1, 16)]
    public int MaxConcurrentTranscriptions { get; set; } = 1;

    /// <summary>A segment whose no-speech probability is at least this (and log-probability low) is dropped.</summary>
    [Range(0.0, 1.0)]
    public double NoSpeechThreshold { get; set; } = 0.6;

    /// <summary>Average token log-probability below which a segment counts as low confidence.</summary>
    [Range(-20.0, 0.0)]
    public double LogProbThreshold { get; set; } = -1.0;

    /// <summary>Voice activity detector: <c>silero</c> (default, chosen by the noise benchmark), <c>silero-gated</c> or <c>spectral</c> (see <see cref="VoiceDetectors"/>).</summary>
    [Required]
    [AllowedValues(VoiceDetectors.Silero, VoiceDetectors.SileroGated, VoiceDetectors.Spectral)]
    public string Vad { get; set; } = VoiceDetectors.Silero;

    /// <summary>Path of the Silero VAD ONNX model; empty uses the one shipped beside the program. Missing or unusable: the spectral detector stands in.</summary>
    public string? VadModel { get; set; }

    /// <summary>Silero speech probability that starts speech (it holds down to 0.15 below).</summary>
    [Range(0.1, 0.95)]
    public double SileroThreshold { get; set; } = 0.5;

    /// <summary>How many dB above the noise floor speech must rise (spectral detector).</summary>
    [Range(3.0, 30.0)]
    public double VadThresholdDb { get; set; } = 8;

    /// <summary>Least speech, in milliseconds, that makes a question.</summary>
    [Range(50, 5000)]
    public int MinSpeechMs { get; set; } = 250;

    /// <summary>Audio kept before and after the detected speech, in milliseconds.</summary>
    [Range(0, 2000)]
    public int SpeechPaddingMs { get; set; } = 200;

    /// <summary>Silence, in milliseconds, that ends a voice-activated recording.</summary>
    [Range(200, 5000)]
    public int EndOfSpeechMs { get; set; } = 700;

    /// <summary>A voice-activated recording with no speech for this many seconds gives up.</summary>
    [Range(1, 60)]
    public int NoSpeechTimeoutSeconds { get; set; } = 6;

    /// <summary>ALSA capture device passed to arecord (<c>default</c>, <c>plughw:1,0</c>, …).</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_:,.=\-]+$")]
    public string CaptureDevice { get; set; } = "default";

    /// <summary>How a recording ends: on button release or when the speaker stops.</summary>
    public CaptureMode CaptureMode { get; set; } = CaptureMode.PushToTalk;

    /// <summary>Speak answers aloud with espeak-ng.</summary>
    public bool SpokenReplies { get; set; }

    /// <summary>espeak-ng voice for German replies.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_+\-/]+$")]
    public string EspeakVoiceDe { get; set; } = "de";

    /// <summary>espeak-ng voice for English replies.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_+\-/]+$")]
    public string EspeakVoiceEn { get; set; } = "en";

    /// <summary>Speaking rate in words per minute.</summary>
    [Range(80, 450)]
    public int EspeakWordsPerMinute { get; set; } = 165;

    /// <summary>ALSA playback device passed to aplay.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9_:,.=\-]+$")]
    public string PlaybackDevice { get; set; } = "default";
}
