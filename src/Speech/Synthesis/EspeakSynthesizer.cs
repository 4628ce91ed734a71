using Edge.Speech.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Speech.Synthesis;

/// <summary>
/// espeak-ng for the voice, aplay for the sound, joined by a pipe in-process. The text goes in on
/// stdin, never on the command line, so nothing in an answer can be read as an option.
/// </summary>
internal sealed class EspeakSynthesizer(IOptions<SpeechOptions> options, SpeechTools tools, ILogger<EspeakSynthesizer> logger)
    : ISpeechSynthesizer
{
    private const int MaxCharacters = 4000;   // about four minutes of speech: longer is not a spoken reply

    public async Task SpeakAsync(string text, string language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        var o = options.Value;
        if (!o.SpokenReplies)
        {
            Log.SpeakingDisabled(logger, text.Length);
            return;
        }

        Log.Speaking(logger, text.Length, language);
        await using var player = ExternalProcess.Start(tools.Aplay, ["-q", "-D", o.PlaybackDevice], "alsa-utils", logger, input: true, output: false);
        try
        {
            await SynthesizeAsync(text, language, player.Input, cancellationToken);
            player.Input.Close();   // end of stream: aplay plays the rest and exits
        }
        catch (IOException) when (player.HasExited)
        {
            // aplay died early; its exit code below says why.
        }

        var exit = await player.WaitForExitAsync(cancellationToken);
        if (exit != 0)
        {
            throw new SpeechUnavailableException($"Playback failed: aplay exited with {exit}: {player.ErrorSummary}");
        }
    }

    public async Task SynthesizeToFileAsync(string text, string language, string path, CancellationToken cancellationToken = default)
    {
        await using var process = await RunEspeakAsync(text, language, ["-w", path], output: false, cancellationToken);
        await CompleteAsync(process, cancellationToken);
    }

    public async Task SynthesizeAsync(string text, string language, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(destination);
        await using var process = await RunEspeakAsync(text, language, ["--stdout"], output: true, cancellationToken);
        using var kill = cancellationToken.Register(process.Kill);
        await process.Output.CopyToAsync(destination, cancellationToken);
        await CompleteAsync(process, cancellationToken);
    }

    private async Task<ExternalProcess> RunEspeakAsync(string text, string language, string[] target, bool output, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentNullException.ThrowIfNull(language);
        var o = options.Value;
        var voice = language.StartsWith("de", StringComparison.OrdinalIgnoreCase) ? o.EspeakVoiceDe : o.EspeakVoiceEn;
        string[] arguments = ["-v", voice, "-s", o.EspeakWordsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture), "--stdin", .. target];
        var process = ExternalProcess.Start(tools.EspeakNg, arguments, "espeak-ng", logger, input: true, output: output);
        try
        {
            var clipped = text.Length > MaxCharacters ? text[..MaxCharacters] : text;
            await process.Input.WriteAsync(System.Text.Encoding.UTF8.GetBytes(clipped + "\n"), cancellationToken);
            process.Input.Close();
            return process;
        }
        catch
        {
            await process.DisposeAsync();
            throw;
        }
    }

    private static async Task CompleteAsync(ExternalProcess process, CancellationToken cancellationToken)
    {
        var exit = await process.WaitForExitAsync(cancellationToken);
        if (exit != 0)
        {
            throw new SpeechUnavailableException($"Speech synthesis failed: espeak-ng exited with {exit}: {process.ErrorSummary}");
        }
    }
}
