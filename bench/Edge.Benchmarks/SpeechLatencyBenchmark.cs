using System.Diagnostics;
using Edge.Speech;
using Edge.Speech.Processes;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Benchmarks;

/// <summary>
/// How quickly speech gives way: a WAV header declaring eight hours refused without reading audio,
/// Whisper (the generated tiny model, full 30 s window) stopping after cancellation, and a spoken
/// reply (espeak-ng piped to a stand-in aplay that would play for minutes) stopping after cancellation.
/// </summary>
internal static class SpeechLatencyBenchmark
{
    private const int Runs = 5;

    public static async Task RunAsync()
    {
        var refuse = Timing.Measure(200, _ => RefuseEightHours());
        Report.Row("speech", "WAV header declaring 8 h refused, p50 / p95", $"{Report.Ms(refuse.P50)} / {Report.Ms(refuse.P95)}", "≤ 1 s",
            "no audio byte read");

        using var scratch = new ScratchFolder();
        var aplay = Path.Combine(scratch.Path, "aplay");
        await File.WriteAllTextAsync(aplay, "#!/bin/sh\nexec sleep 600\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(aplay, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        using var services = new ServiceCollection().AddLogging()
            .AddSpeech(o => { o.WhisperModel = TinyWhisperModel.DefaultPath; o.SpokenReplies = true; o.UseShortAudioContext = false; o.Threads = 2; o.TemperatureFallback = false; })
            .AddSingleton(new SpeechTools { Aplay = aplay })
            .BuildServiceProvider();

        var transcriber = services.GetRequiredService<ISpeechTranscriber>();
        await transcriber.LoadModelAsync();
        var clip = new AudioClip(Noise(30));
        var request = new SpeechRequest { SkipVoiceActivityCheck = true, Language = "auto" };
        var whisper = new List<double>();
        for (var i = 0; i < Runs; i++)
            whisper.Add(await CancelAfterAsync(TimeSpan.FromMilliseconds(300), token => transcriber.TranscribeAsync(clip, request, token)));
        Report.Row("speech", "Whisper stops after cancellation (median of 5)", Report.Ms(Timing.From(whisper).P50), "≤ 2.2 s",
            $"tiny generated model, 30 s window, cancelled 300 ms in; slowest {Report.Ms(whisper.Max())}");

        var synthesizer = services.GetRequiredService<ISpeechSynthesizer>();
        var spoken = new List<double>();
        for (var i = 0; i < Runs; i++)
            spoken.Add(await CancelAfterAsync(TimeSpan.FromMilliseconds(500), token => synthesizer.SpeakAsync("A long answer that is interrupted.", "en", token)));
        Report.Row("speech", "spoken reply stops after cancellation (median of 5)", Report.Ms(Timing.From(spoken).P50), "≤ 2.5 s",
            $"espeak-ng, aplay killed; slowest {Report.Ms(spoken.Max())}");
    }

    /// <summary>Starts <paramref name="work"/>, cancels it after <paramref name="after"/>, and returns the time from the cancel to the end.</summary>
    private static async Task<double> CancelAfterAsync(TimeSpan after, Func<CancellationToken, Task> work)
    {
        using var cancel = new CancellationTokenSource();
        var running = work(cancel.Token);
        await Task.Delay(after);
        var cancelled = Stopwatch.GetTimestamp();
        await cancel.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }
        return Stopwatch.GetElapsedTime(cancelled).TotalMilliseconds;
    }

    private static void RefuseEightHours()
    {
        // 44-byte PCM header: 24 kHz mono 16-bit, data chunk of eight hours; no audio follows.
        using var header = new MemoryStream();
        using (var w = new BinaryWriter(header, System.Text.Encoding.ASCII, leaveOpen: true))
        {
            var data = (uint)(8L * 3600 * 24_000 * 2);
            w.Write("RIFF"u8); w.Write(36 + data); w.Write("WAVE"u8);
            w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(24_000); w.Write(48_000); w.Write((short)2); w.Write((short)16);
            w.Write("data"u8); w.Write(data);
        }
        header.Position = 0;
        try
        {
            WavDecoder.Read(header);
            throw new InvalidOperationException("an eight-hour header was accepted");
        }
        catch (AudioFormatException)
        {
        }
    }

    private static float[] Noise(int seconds)
    {
        var random = new Random(7);
        return [.. Enumerable.Range(0, seconds * AudioClip.SampleRate).Select(_ => (float)(random.NextDouble() - 0.5) * 0.2f)];
    }
}
