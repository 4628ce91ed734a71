using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Speech.Vad;

/// <summary>
/// The detector <c>Speech:Vad</c> names, for whole clips (before Whisper) and for live endpointing
/// (voice-activated recording). A Silero detector whose model is missing or unusable falls back to
/// the spectral detector, once, with the reason in <see cref="Status"/> and the log.
/// </summary>
internal sealed class ConfiguredVoiceDetector : IVoiceActivityDetector
{
    private readonly string configured;
    private readonly SileroModelHost silero;
    private readonly ILogger logger;
    private readonly EnergySpectralVad spectral;
    private int fallbackLogged;

    public ConfiguredVoiceDetector(IOptions<SpeechOptions> options, SileroModelHost silero, ILogger<ConfiguredVoiceDetector> logger)
    {
        configured = options.Value.Vad;
        Settings = VadSettings.From(options.Value);
        this.silero = silero;
        this.logger = logger;
        spectral = new EnergySpectralVad(Settings);
    }

    public VadSettings Settings { get; }

    private bool UsesSilero => configured != VoiceDetectors.Spectral;

    public VoiceDetectorStatus Status => !UsesSilero
        ? new VoiceDetectorStatus(configured, configured, null)
        : new VoiceDetectorStatus(configured, silero.Status.State is SpeechModelState.Missing or SpeechModelState.Unusable ? VoiceDetectors.Spectral : configured, silero.Status);

    public VoiceDetectorStatus Load()
    {
        _ = Model();
        return Status;
    }

    public VoiceActivity Detect(AudioClip clip, CancellationToken cancellationToken = default) =>
        Finder().Find(clip, cancellationToken).ToActivity(clip, Settings);

    /// <summary>The clip detector in force now.</summary>
    public IClipSpeechFinder Finder() =>
        Model() is { } model ? new SileroVad(model, Settings, configured == VoiceDetectors.SileroGated) : spectral;

    /// <summary>A fresh live tracker of the detector in force, for one recording.</summary>
    public IEndpointTracker CreateTracker() =>
        Model() is { } model ? new SileroEndpointTracker(model, Settings, configured == VoiceDetectors.SileroGated) : new SpeechEndpointTracker(Settings);

    private SileroModel? Model()
    {
        if (!UsesSilero)
        {
            return null;
        }

        var model = silero.Get();
        if (model is null && Interlocked.Exchange(ref fallbackLogged, 1) == 0)
        {
            Log.VadFallback(logger, configured, silero.Status.Reason);
        }

        return model;
    }
}
