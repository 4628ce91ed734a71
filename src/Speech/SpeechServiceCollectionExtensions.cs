using Edge.Speech;
using Edge.Speech.Capture;
using Edge.Speech.Configuration;
using Edge.Speech.Processes;
using Edge.Speech.Synthesis;
using Edge.Speech.Transcription;
using Edge.Speech.Vad;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the speech library: transcriber, voice activity detector, recorder, microphone and
/// synthesizer. Idempotent: a second call registers nothing more (configure further with
/// <c>services.Configure&lt;SpeechOptions&gt;(…)</c>); services registered before it win.
/// </summary>
public static class SpeechServiceCollectionExtensions
{
    /// <summary>Adds speech services bound to a configuration section (usually <c>Speech</c>); options are validated at start.</summary>
    public static IServiceCollection AddSpeech(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddSpeechCore(builder => builder.Bind(section));
    }

    /// <summary>Adds speech services configured in code; options are validated at start.</summary>
    public static IServiceCollection AddSpeech(this IServiceCollection services, Action<SpeechOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddSpeechCore(builder => builder.Configure(configure));
    }

    private static IServiceCollection AddSpeechCore(this IServiceCollection services, Action<OptionsBuilder<SpeechOptions>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(IValidateOptions<SpeechOptions>) && d.ImplementationType == typeof(SpeechOptionsValidator)))
            return services;
        configure(services.AddOptionsWithValidateOnStart<SpeechOptions>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpeechOptions>, SpeechOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SpeechOptions>, SpeechModelFileValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SpeechTools>();
        services.TryAddSingleton<WhisperModelHost>();
        services.TryAddSingleton<SileroModelHost>();
        services.TryAddSingleton<ConfiguredVoiceDetector>();
        services.TryAddSingleton<IVoiceActivityDetector>(provider => provider.GetRequiredService<ConfiguredVoiceDetector>());
        services.TryAddSingleton<ISpeechTranscriber, WhisperTranscriber>();
        services.TryAddSingleton<IAudioCaptureSource, ArecordCaptureSource>();
        services.TryAddSingleton<IRecorder, Recorder>();
        services.TryAddSingleton<ISpeechSynthesizer, EspeakSynthesizer>();
        return services;
    }
}
