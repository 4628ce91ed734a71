using Edge.Agent.Adapters;
using Edge.Knowledge;
using Edge.Speech;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>
/// The real speech and knowledge libraries with the agent's adapters, as AgentHost wires them: the
/// generated tiny Whisper model (meaningless text, real native code), LiteDB in a temp folder, and a
/// played-back clip instead of the microphone.
/// </summary>
internal static class SpeechStack
{
    /// <summary>Registers AddKnowledge, AddSpeech and AddAgentAdapters.</summary>
    public static IServiceCollection AddSpeechStack(
        this IServiceCollection services, string dataDir, IAudioCaptureSource? microphone = null,
        Action<SpeechOptions>? speech = null, Action<KnowledgeOptions>? knowledge = null)
    {
        // Before AddSpeech, which only adds arecord when no source is registered.
        if (microphone is not null)
            services.AddSingleton(microphone);
        services.AddKnowledge(new ConfigurationBuilder().Build(), o => { o.DataDirectory = dataDir; knowledge?.Invoke(o); });
        services.AddSpeech(o =>
        {
            o.WhisperModel = TinyWhisperModel.DefaultPath;
            o.Language = "en";
            o.TemperatureFallback = false;   // random weights would trigger every fallback: seconds per run
            o.Threads = 2;
            speech?.Invoke(o);
        });
        return services.AddAgentAdapters();
    }

    /// <summary>A service provider with the stack and fake logging (no host, nothing started).</summary>
    public static ServiceProvider Build(
        string dataDir, IAudioCaptureSource? microphone = null, Action<SpeechOptions>? speech = null,
        Action<KnowledgeOptions>? knowledge = null, Action<IServiceCollection>? extra = null)
    {
        LiteDbWarmup.Ensure();
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Debug));
        extra?.Invoke(services);
        services.AddSpeechStack(dataDir, microphone, speech, knowledge);
        return services.BuildServiceProvider();
    }

    /// <summary>Path of a sample manual copied beside the tests (samples/manuals).</summary>
    public static string SampleManual(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "manuals", name);

    /// <summary>espeak-ng speech with a second of silence around it, as a 16 kHz clip.</summary>
    public static AudioClip SpokenClip(string text = Espeak.English) =>
        new(Signals.Concat(Signals.Silence(0.5), Espeak.Clip(text).Samples.ToArray(), Signals.Silence(0.5)));
}
