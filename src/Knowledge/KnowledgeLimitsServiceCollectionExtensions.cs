using Edge.Knowledge.Ingestion;
using Edge.Knowledge.Ingestion.Limits;
using Edge.Knowledge.Ingestion.Readers.Pdf;
using Edge.Knowledge.Packs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge;

/// <summary>Registers what bounds the knowledge library's input: ingestion limits, the document readers that keep them, and pack trust.</summary>
public static class KnowledgeLimitsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="IngestionLimitsOptions"/> to <c>Knowledge:Limits</c> and
    /// <see cref="PackTrustOptions"/> to <c>Knowledge:Packs</c> (both validated when the host starts)
    /// and registers the document readers within those limits. <c>AddKnowledge</c> calls it.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="knowledgeSection">The <c>Knowledge</c> configuration section.</param>
    public static IServiceCollection AddKnowledgeLimits(this IServiceCollection services, IConfiguration knowledgeSection)
    {
        services.AddOptionsWithValidateOnStart<IngestionLimitsOptions>().Bind(knowledgeSection.GetSection("Limits"));
        services.TryAddSingleton<IValidateOptions<IngestionLimitsOptions>, IngestionLimitsOptionsValidator>();
        services.AddOptionsWithValidateOnStart<PackTrustOptions>().Bind(knowledgeSection.GetSection("Packs"));
        services.TryAddSingleton<IValidateOptions<PackTrustOptions>, PackTrustOptionsValidator>();
        services.TryAddSingleton(sp => DocumentReaders.Create(
            sp.GetRequiredService<IOptions<IngestionLimitsOptions>>().Value, sp.GetService<PdfReaderCommand>()));
        return services;
    }

    /// <summary>
    /// Makes ingestion read PDFs in a child process started with <paramref name="command"/>, whose
    /// managed memory is capped at <c>Knowledge:Limits:MaxPdfMemoryMb</c>. The host must answer that
    /// command by calling <see cref="PdfReaderChild.Run"/>.
    /// </summary>
    public static IServiceCollection AddPdfReaderProcess(this IServiceCollection services, PdfReaderCommand command)
    {
        services.Replace(ServiceDescriptor.Singleton(command));
        return services;
    }
}
