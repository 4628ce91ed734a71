using Edge.Agent.Pipeline;
using Edge.Agent.Status;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Edge.Agent.Adapters;

/// <summary>Joins the speech and knowledge libraries to the agent's seams.</summary>
internal static class AdapterServiceCollectionExtensions
{
    /// <summary>
    /// Whisper's plant prompt, spoken replies and status contributors over <c>AddSpeech</c> and
    /// <c>AddKnowledge</c>; call after both and before <c>AddAgentService</c>, whose stand-ins are only
    /// added when nothing else is (TryAdd). The model warm-up is a hosted service: only <c>run</c> starts
    /// it, so one-shot commands never load Whisper unless they use it.
    /// </summary>
    public static IServiceCollection AddAgentAdapters(this IServiceCollection services)
    {
        services.TryAddSingleton<ISpeechPrompt, PlantSpeechPrompt>();
        services.TryAddSingleton<ISpokenReplies, SpokenReplyPlayer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatusContributor, KnowledgeStatusContributor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IStatusContributor, SpeechStatusContributor>());
        services.AddHostedService<SpeechModelWarmup>();
        return services;
    }
}
