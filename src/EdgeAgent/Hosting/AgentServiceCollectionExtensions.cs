using Edge.Agent.Events;
using Edge.Agent.Gpio;
using Edge.Agent.Mqtt;
using Edge.Agent.Options;
using Edge.Agent.Outbox;
using Edge.Agent.Pipeline;
using Edge.Agent.Status;
using Edge.Knowledge.Answering;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Hosting;

/// <summary>Registers the agent service: options, MQTT, outbox, pipeline, GPIO and status.</summary>
internal static class AgentServiceCollectionExtensions
{
    /// <summary>
    /// Everything <c>edge-agent run</c> needs. Options are validated when the host starts. Speech and
    /// the knowledge assistant are taken from the container when registered (AddSpeech/AddKnowledge
    /// adapters); otherwise stand-ins report them unavailable.
    /// </summary>
    public static IServiceCollection AddAgentService(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAgentStatusReport(configuration);
        services.AddOptionsWithValidateOnStart<AgentOptions>().Bind(configuration.GetSection(AgentOptions.Section));
        services.AddOptionsWithValidateOnStart<GpioOptions>().Bind(configuration.GetSection(GpioOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AgentOptions>>(new KeyNamingValidator<AgentOptions>(new AgentOptionsValidator(), AgentOptions.Section)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GpioOptions>>(new KeyNamingValidator<GpioOptions>(new GpioOptionsValidator(), GpioOptions.Section)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GpioOptions>, GpioOptionsRules>());

        services.TryAddSingleton<IKnowledgeAssistant, UnavailableAssistant>();
        services.TryAddSingleton<UnavailableSpeech>();
        services.TryAddSingleton<Speech.IRecorder>(sp => sp.GetRequiredService<UnavailableSpeech>());
        services.TryAddSingleton<Speech.ISpeechTranscriber>(sp => sp.GetRequiredService<UnavailableSpeech>());
        services.TryAddSingleton<ISpeechPrompt, NoSpeechPrompt>();
        services.TryAddSingleton<ISpokenReplies, SilentReplies>();
        services.TryAddSingleton<IGpioControllerFactory, SystemGpioControllerFactory>();

        services.TryAddSingleton<QuestionQueue>();
        services.TryAddSingleton<ListenRequests>();
        services.TryAddSingleton<MachineContext>();
        services.TryAddSingleton<SubscriptionPlan>();
        services.TryAddSingleton<MqttConnection>();
        services.TryAddSingleton<OutboxPublisher>();

        // Hosted services start in this order and stop in reverse: the broker is up before the client
        // connects; on shutdown the pipeline stops first, then MQTT publishes offline and flushes, then
        // the outbox writer stores the last events, and the broker goes last.
        services.AddHostedService<EmbeddedBroker>();
        services.AddHostedService<OutboxWriter>();
        services.AddHostedService<MqttService>();
        services.AddHostedService<StatusPublisher>();
        services.AddHostedService<HomeAssistantDiscovery>();
        services.AddHostedService<CommandRouter>();
        services.AddHostedService<AnswerWorker>();
        services.AddHostedService<ListenWorker>();
        services.AddHostedService<GpioService>();
        return services;
    }

    /// <summary>
    /// What <see cref="AgentStatusReporter"/> needs, without any hosted service: for the
    /// <c>status</c> command, which reads the data file and configuration but runs nothing.
    /// </summary>
    public static IServiceCollection AddAgentStatusReport(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptionsWithValidateOnStart<DeviceOptions>().Bind(configuration);
        services.AddOptionsWithValidateOnStart<MqttOptions>().Bind(configuration.GetSection(MqttOptions.Section));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DeviceOptions>, DeviceOptionsRules>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MqttOptions>>(new KeyNamingValidator<MqttOptions>(new MqttOptionsValidator(), MqttOptions.Section)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MqttOptions>, MqttOptionsRules>());

        services.TryAddSingleton(TimeProvider.System);
        // The one LiteDB file per process; AddKnowledge registers the same type, whichever comes first wins.
        services.TryAddSingleton(_ => new KnowledgeDatabase(configuration["DataDir"] ?? AgentHost.DefaultDataDirectory));
        services.TryAddSingleton(sp => new AgentIdentity(
            sp.GetRequiredService<IOptions<DeviceOptions>>().Value, sp.GetRequiredService<IOptions<MqttOptions>>().Value));
        services.TryAddSingleton<EventFactory>();
        services.TryAddSingleton<OutboxStore>();
        services.TryAddSingleton<AgentStateStore>();
        services.TryAddSingleton<PublishSignal>();
        services.TryAddSingleton<EventOutbox>();
        services.TryAddSingleton<RetainedMessages>();
        services.TryAddSingleton<AgentStatus>();
        services.TryAddSingleton<StatusComposer>();
        services.TryAddSingleton<MqttClientOptionsFactory>();
        services.TryAddSingleton<AgentStatusReporter>();
        return services;
    }
}
