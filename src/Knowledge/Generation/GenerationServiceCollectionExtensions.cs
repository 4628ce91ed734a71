using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Edge.Knowledge.Generation;

/// <summary>Registers the language-model generator; <c>AddKnowledge</c> calls it after binding the options.</summary>
internal static class GenerationServiceCollectionExtensions
{
    /// <summary>
    /// One <see cref="LanguageModelHost"/> (validated when first resolved, loaded at the first question
    /// or by <see cref="GroundedGenerator.Warm"/>) and a singleton <see cref="IGroundedGenerator"/>.
    /// Expects <see cref="LanguageModelOptions"/> to be configured.
    /// </summary>
    public static IServiceCollection AddGroundedGeneration(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IValidateOptions<LanguageModelOptions>, LanguageModelOptionsValidator>();
        services.TryAddSingleton(sp => new LanguageModelHost(
            sp.GetRequiredService<IOptions<LanguageModelOptions>>().Value,
            Loggers(sp).CreateLogger<LanguageModelHost>()));
        services.TryAddSingleton(sp => new GroundedGenerator(
            sp.GetRequiredService<LanguageModelHost>(),
            sp.GetRequiredService<IOptions<LanguageModelOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            Loggers(sp).CreateLogger<GroundedGenerator>()));
        services.TryAddSingleton<IGroundedGenerator>(sp => sp.GetRequiredService<GroundedGenerator>());
        return services;
    }

    private static ILoggerFactory Loggers(IServiceProvider sp) => sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
}
