using Edge.Knowledge.Answering;
using Edge.Knowledge.Answering.Extractive;
using Edge.Knowledge.Evaluation;
using Edge.Knowledge.Generation;
using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Chunking;
using Edge.Knowledge.Retrieval;
using Edge.Knowledge.Search;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge;

/// <summary>Registers the knowledge library.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IKnowledgeBase"/> and everything behind it, bound to the <c>Knowledge</c>
    /// configuration section; options are validated when the host starts.
    /// </summary>
    public static IServiceCollection AddKnowledge(this IServiceCollection services, IConfiguration section, Action<KnowledgeOptions>? configure = null)
    {
        var options = services.AddOptionsWithValidateOnStart<KnowledgeOptions>().Bind(section).ValidateDataAnnotations();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton<IValidateOptions<KnowledgeOptions>, KnowledgeOptionsFileValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => new KnowledgeDatabase(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.DataDirectory));
        services.AddSingleton<KnowledgeStore>();
        services.AddSingleton<IKnowledgeBase, KnowledgeBase>();
        services.AddSingleton<Packs.IKnowledgePacks, Packs.KnowledgePacks>();
        services.AddSingleton<Documents.IKnowledgeDocuments, Documents.KnowledgeDocuments>();

        services.AddKnowledgeLimits(section);
        services.AddSingleton(new Chunker());
        services.AddSingleton(sp => Glossary.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.GlossaryFile));
        services.AddSingleton(sp => new TextAnalysis(sp.GetRequiredService<Glossary>()));
        services.AddSingleton<ITextEmbedder>(sp => EmbedderFactory.Create(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value));
        services.AddSingleton<KnowledgeIngestor>();
        services.AddSingleton<Retrieval.Dictionary.KnowledgeDictionary>();
        services.AddSingleton<SearchIndexCache>();
        services.AddSingleton<HybridSearcher>();

        // The language model is used only when the answer mode asks for it; Knowledge:LlmModel names
        // its folder, Knowledge:Llm holds the limits (tokens, time, passages).
        services.AddOptions<LanguageModelOptions>().Bind(section.GetSection("Llm"))
            .Configure<IOptions<KnowledgeOptions>>((llm, knowledge) =>
                llm.ModelPath = knowledge.Value.AnswerMode == AnswerModes.Extractive ? null : knowledge.Value.LlmModel);
        services.AddGroundedGeneration();

        services.AddOptionsWithValidateOnStart<SearchOptions>().Bind(section.GetSection("Search"));
        services.TryAddSingleton<IValidateOptions<SearchOptions>, SearchOptionsValidator>();
        services.AddOptionsWithValidateOnStart<RelevanceOptions>().Bind(section.GetSection("Relevance"));
        services.TryAddSingleton<IValidateOptions<RelevanceOptions>, RelevanceOptionsValidator>();
        services.AddSingleton<RelevanceGate>();
        services.AddSingleton<DeclineCalibration>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<IKnowledgeAssistant, KnowledgeAssistant>();
        services.AddSingleton<EvalRunner>();
        return services;
    }
}
