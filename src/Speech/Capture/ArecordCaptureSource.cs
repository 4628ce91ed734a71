using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using Edge.Speech.Processes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Edge.Speech.Capture;

/// <summary>
/// The microphone through ALSA: runs <c>arecord</c> for 16 kHz S16_LE mono raw audio on stdout and
/// reads it as a stream in 100 ms chunks. ALSA's plug layer converts from whatever the device does.
/// </summary>
internal sealed class ArecordCaptureSource(IOptions<SpeechOptions> options, SpeechTools tools, ILogger<ArecordCaptureSource> logger)
    : IAudioCaptureSource
{
    private const int ChunkBytes = AudioClip.SampleRate / 10 * 2;

    public string Name => $"arecord {options.Value.CaptureDevice}";

    public async IAsyncEnumerable<float[]> CaptureAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string[] arguments = ["-D", options.Value.CaptureDevice, "-q", "-t", "raw", "-f", "S16_LE", "-r", "16000", "-c", "1"];
        await using var process = ExternalProcess.Start(tools.Arecord, arguments, "alsa-utils", logger);
        using var kill = cancellationToken.Register(process.Kill);
        var buffer = new byte[ChunkBytes];
        var carry = 0;
        while (true)
        {
            int read;
            try
            {
                read = await process.Output.ReadAsync(buffer.AsMemory(carry), cancellationToken);
            }
            catch (IOException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (read == 0)
            {
                break;
            }

            var available = carry + read;
            var samples = available / 2;
            var chunk = new float[samples];
            for (var i = 0; i < samples; i++)
            {
                chunk[i] = BinaryPrimitives.ReadInt16LittleEndian(buffer.AsSpan(i * 2)) / 32768f;
            }

            carry = available - (samples * 2);
            buffer.AsSpan(samples * 2, carry).CopyTo(buffer);
            yield return chunk;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var exit = await process.WaitForExitAsync(cancellationToken);
        if (exit != 0)
        {
            throw new SpeechUnavailableException($"Microphone capture failed: arecord exited with {exit}: {process.ErrorSummary}");
        }
    }
}
