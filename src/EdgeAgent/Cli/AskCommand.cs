using System.CommandLine;
using Edge.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent ask "QUESTION" [--collection NAME] [--json]</c>.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("QUESTION") { Description = "The question, as a technician would ask it", Arity = ArgumentArity.ZeroOrOne };
        var wav = new Option<string?>("--wav") { Description = "Answer a spoken question from a WAV file", HelpName = "FILE" };
        var collection = CommonOptions.Collection();
        var json = CommonOptions.Json();
        var command = new Command("ask", "Answer a question from the manuals, with citations") { question, wav, collection, json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, async () =>
            {
                var text = result.GetValue(question);
                if (result.GetValue(wav) is not null)
                    throw new ArgumentException("--wav needs the speech component, which this build does not include");
                if (text is null)
                    throw new ArgumentException("give a QUESTION or --wav FILE");
                using var host = CliServices.Build(settings);
                var answer = await host.Services.GetRequiredService<IKnowledgeAssistant>()
                    .AskAsync(new Question(text, result.GetValue(collection)), cancellationToken: cancellationToken);
                if (result.GetValue(json))
                    CliJson.Print(AnswerJson.From(answer));
                else
                    AnswerText.Print(answer);
                return 0;
            });
        });
        return command;
    }
}
