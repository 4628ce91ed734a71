using Edge.Agent.Adapters;
using Edge.Agent.Hosting;
using Edge.Agent.Pipeline;
using Edge.Agent.Status;
using Edge.Agent.Tests.TestSupport;
using Edge.Knowledge;
using Edge.Knowledge.Answering;
using Edge.Speech;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Edge.Agent.Tests.Adapters;

/// <summary>The composition root of <c>run</c>: the libraries' real services win over AddAgentService's stand-ins.</summary>
public sealed class CompositionTests : IDisposable
{
    private readonly TempDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private IHost Build()
    {
        LiteDbWarmup.Ensure();
        var builder = AgentHost.CreateBuilder(new AgentSettings(null, _data.Path), LogLevel.Warning);
        builder.Services.AddAgentService(builder.Configuration);
        return builder.Build();
    }

    [Fact]
    public void RunHost_UsesTheRealAssistantSpeechAdaptersAndContributors()
    {
        using var host = Build();
        var services = host.Services;

        // AddKnowledge's assistant (internal to the library), not the stand-in that refuses every question.
        Assert.IsNotType<UnavailableAssistant>(services.GetRequiredService<IKnowledgeAssistant>());
        Assert.Equal("KnowledgeAssistant", services.GetRequiredService<IKnowledgeAssistant>().GetType().Name);
        // The speech library's own recorder and transcriber, prompted with the plant's words; no stand-ins.
        Assert.IsNotType<UnavailableSpeech>(services.GetRequiredService<Edge.Speech.IRecorder>());
        Assert.IsNotType<UnavailableSpeech>(services.GetRequiredService<ISpeechTranscriber>());
        Assert.IsType<PlantSpeechPrompt>(services.GetRequiredService<ISpeechPrompt>());
        Assert.IsType<SpokenReplyPlayer>(services.GetRequiredService<ISpokenReplies>());
        Assert.Equal(
            [typeof(KnowledgeStatusContributor), typeof(SpeechStatusContributor)],
            services.GetServices<IStatusContributor>().Select(c => c.GetType()).Order(Comparer<Type>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name))));
        Assert.Contains(services.GetServices<IHostedService>(), s => s is SpeechModelWarmup);
    }

    [Fact]
    public void StatusAndCommands_NeverLoadTheWhisperModel()
    {
        using var host = Build();

        _ = host.Services.GetRequiredService<AgentStatusReporter>();
        _ = host.Services.GetRequiredService<StatusComposer>().Contributions();
        _ = host.Services.GetRequiredService<IKnowledgeBase>().GetStatus();

        Assert.Equal(SpeechModelState.NotChecked, host.Services.GetRequiredService<ISpeechTranscriber>().ModelStatus.State);
    }
}
