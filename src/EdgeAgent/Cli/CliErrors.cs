using Edge.Knowledge;
using Edge.Knowledge.Storage;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Cli;

/// <summary>
/// Turns failures into the command-line contract: one line on stderr and a non-zero exit code,
/// never a stack trace (unless --verbose).
/// </summary>
internal static class CliErrors
{
    /// <summary>Exit code for bad input or configuration.</summary>
    public const int BadInput = 2;

    /// <summary>Exit code for an unexpected failure.</summary>
    public const int Failure = 1;

    /// <summary>Exit code for a spoken question in which no speech was found (<c>ask --wav</c>).</summary>
    public const int NoSpeech = 3;

    /// <summary>Runs a command body and maps its exceptions to exit codes.</summary>
    public static async Task<int> Guard(bool verbose, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("error: cancelled");
            return 130;
        }
        catch (NoSpeechException ex)
        {
            // Not broken input: the technician should simply say it again, so scripts can tell it apart.
            await Console.Error.WriteLineAsync("error: " + OneLine(ex));
            if (verbose && ex.Detail is not null)
                await Console.Error.WriteLineAsync(ex.Detail);
            return NoSpeech;
        }
        catch (Exception ex) when (IsUserError(ex))
        {
            await Console.Error.WriteLineAsync("error: " + OneLine(ex));
            return BadInput;
        }
        catch (Exception ex)
        {
            await Console.Error.WriteLineAsync("error: " + OneLine(ex));
            if (verbose)
                await Console.Error.WriteLineAsync(ex.ToString());
            return Failure;
        }
    }

    /// <summary>
    /// Reports command-line syntax errors (unknown command, missing argument, bad value) as one
    /// line instead of System.CommandLine's message block with the help text on stdout.
    /// </summary>
    public static int Report(IReadOnlyList<System.CommandLine.Parsing.ParseError> errors)
    {
        var messages = string.Join(" ", errors.Select(e => e.Message.ReplaceLineEndings(" ").Trim()));
        Console.Error.WriteLine($"error: {messages} (see edge-agent --help)");
        return BadInput;
    }

    private static bool IsUserError(Exception ex) => ex is InvalidQuestionException or KnowledgeStoreException or Edge.Knowledge.Packs.KnowledgePackException
        or OptionsValidationException or FileNotFoundException or DirectoryNotFoundException or ArgumentException
        or System.Text.Json.JsonException or InvalidDataException
        or Edge.Speech.AudioFormatException or SpeechModelException;

    /// <summary>The message of an exception on one line (options failures list every key).</summary>
    public static string OneLine(Exception ex)
    {
        var message = ex is OptionsValidationException options ? "invalid configuration: " + string.Join("; ", options.Failures) : ex.Message;
        return message.ReplaceLineEndings(" ").Trim();
    }
}
