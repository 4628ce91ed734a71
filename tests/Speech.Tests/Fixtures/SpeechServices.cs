using Edge.Speech.Processes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Edge.Speech.Tests.Fixtures;

/// <summary>A real service provider built with AddSpeech, as the host builds it, with fake logging.</summary>
internal static class SpeechServices
{
    public static ServiceProvider Build(Action<SpeechOptions>? configure = null, Action<IServiceCollection>? extra = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.AddFakeLogging().SetMinimumLevel(LogLevel.Trace));
        services.AddSpeech(o =>
        {
            o.WhisperModel = TinyWhisperModel.DefaultPath;
            o.TemperatureFallback = false;   // random weights would trigger every fallback: seconds per run
            o.Threads = 2;
            configure?.Invoke(o);
        });
        extra?.Invoke(services);
        return services.BuildServiceProvider(validateScopes: true);
    }

    /// <summary>Tools pointing at scripts that stand in for ALSA hardware.</summary>
    public static void UseTools(this IServiceCollection services, SpeechTools tools) => services.AddSingleton(tools);

    public static FakeLogCollector Logs(this IServiceProvider provider) => provider.GetFakeLogCollector();
}
