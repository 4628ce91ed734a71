using Edge.Speech.Processes;
using Edge.Speech.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;

namespace Edge.Speech.Tests.Capture;

/// <summary>The arecord source against a script that behaves like arecord: raw S16_LE on stdout, then blocks.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ArecordCaptureSourceTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Capture_ReadsRawPcmAndKillsArecordOnCancellation()
    {
        var pcm = FakeTool.TempFile(".raw");
        var args = FakeTool.TempFile(".args");
        var pidFile = FakeTool.TempFile(".pid");
        await File.WriteAllBytesAsync(pcm, Enumerable.Range(0, 16_000).SelectMany(i => BitConverter.GetBytes((short)(i % 100 * 100))).ToArray(), Token);
        var script = FakeTool.Script("arecord", $"echo $$ > {pidFile}\necho \"$@\" > {args}\ncat {pcm}\nexec sleep 600");
        using var services = SpeechServices.Build(o => o.CaptureDevice = "plughw:1,0", s => s.UseTools(new SpeechTools { Arecord = script }));
        var source = services.GetRequiredService<IAudioCaptureSource>();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Token);

        var samples = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var chunk in source.CaptureAsync(cancel.Token))
            {
                samples += chunk.Length;
                if (samples == 16_000)
                {
                    await cancel.CancelAsync();   // the button was released while arecord still runs
                }
            }
        });

        Assert.Equal(16_000, samples);
        Assert.Equal("-D plughw:1,0 -q -t raw -f S16_LE -r 16000 -c 1", (await File.ReadAllTextAsync(args, Token)).Trim());
        Assert.True(await FakeTool.WaitUntilGoneAsync(int.Parse(await File.ReadAllTextAsync(pidFile, Token), System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Capture_DeviceFails_ThrowsSpeechUnavailableWithArecordsMessage()
    {
        var script = FakeTool.Script("arecord", "echo 'arecord: main:831: audio open error: No such file or directory' >&2\nexit 1");
        using var services = SpeechServices.Build(extra: s => s.UseTools(new SpeechTools { Arecord = script }));

        var error = await Assert.ThrowsAsync<SpeechUnavailableException>(async () =>
        {
            await foreach (var _ in services.GetRequiredService<IAudioCaptureSource>().CaptureAsync(Token))
            {
            }
        });

        Assert.Contains("audio open error", error.Message);
    }

    [Fact]
    public async Task Capture_ArecordNotInstalled_ThrowsSpeechUnavailableNamingThePackage()
    {
        using var services = SpeechServices.Build(extra: s => s.UseTools(new SpeechTools { Arecord = "/nonexistent/arecord" }));

        var error = await Assert.ThrowsAsync<SpeechUnavailableException>(async () =>
        {
            await foreach (var _ in services.GetRequiredService<IAudioCaptureSource>().CaptureAsync(Token))
            {
            }
        });

        Assert.Contains("alsa-utils", error.Message);
    }
}
