using System.CommandLine;
using Edge.Knowledge.Answering;
using Edge.Speech;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Agent.Cli;

/// <summary><c>edge-agent ask "QUESTION" | --wav FILE [--collection NAME] [--json]</c>.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("QUESTION") { Description = "The question, as a technician would ask it", Arity = ArgumentArity.ZeroOrOne };
        var wav = new Option<string?>("--wav") { Description = "Answer a spoken question from a WAV file (needs Speech:WhisperModel)", HelpName = "FILE" };
        var collection = CommonOptions.Collection();
        var json = CommonOptions.Json();
        var command = new Command("ask", "Answer a question from the manuals, with citations") { question, wav, collection, json };
        command.SetAction((result, cancellationToken) =>
        {
            var settings = CommonOptions.Read(result);
            return CliErrors.Guard(settings.Verbose, async () =>
            {
                var text = result.GetValue(question);
                var file = result.GetValue(wav);
                if (text is not null && file is not null)
                    throw new ArgumentException("give a QUESTION or --wav FILE, not both");
                if (text is null && file is null)
                    throw new ArgumentException("give a QUESTION or --wav FILE");
                using var host = CliServices.Build(settings);
                Transcript? transcript = null;
                string? language = null;
                if (file is not null)
                {
                    transcript = await SpokenQuestion.TranscribeAsync(host.Services, file, result.GetValue(collection), cancellationToken);
                    text = transcript.Text;
                    // The answer is framed in the language spoken (Whisper's, when it is one the manuals are in).
                    language = transcript.Language is "de" or "en" ? transcript.Language : null;
                }
                var answer = await host.Services.GetRequiredService<IKnowledgeAssistant>()
                    .AskAsync(new Question(text!, result.GetValue(collection), language), cancellationToken: cancellationToken);
                if (result.GetValue(json))
                    CliJson.Print(transcript is null ? AnswerJson.From(answer) : AnswerJson.From(answer, transcript));
                else
                    PrintText(answer, transcript);
                return 0;
            });
        });
        return command;
    }

    private static void PrintText(Answer answer, Transcript? transcript)
    {
        if (transcript is not null)
            Console.WriteLine($"Heard ({transcript.Language ?? "?"}, {transcript.TranscribeMs} ms): {transcript.Text}");
        AnswerText.Print(answer);
    }
}
