using System.Runtime.CompilerServices;

namespace Edge.Speech;

/// <summary>
/// A stand-in microphone that plays a clip back in 100 ms chunks, at real-time pace through the
/// given <see cref="TimeProvider"/> or as fast as it is read; for tests, demos and <c>ask --wav</c>.
/// </summary>
public sealed class AudioClipCaptureSource : IAudioCaptureSource
{
    private const int ChunkSamples = AudioClip.SampleRate / 10;
    private readonly AudioClip clip;
    private readonly TimeProvider? pace;
    private readonly bool holdOpen;

    /// <summary>Plays <paramref name="clip"/>; with <paramref name="pace"/> one chunk per 100 ms of that clock; with <paramref name="holdOpen"/> the source stays open (silent) after the clip, like a live microphone.</summary>
    public AudioClipCaptureSource(AudioClip clip, TimeProvider? pace = null, bool holdOpen = false)
    {
        ArgumentNullException.ThrowIfNull(clip);
        this.clip = clip;
        this.pace = pace;
        this.holdOpen = holdOpen;
    }

    /// <inheritdoc />
    public string Name => $"playback of {clip.Source.Origin}";

    /// <inheritdoc />
    public async IAsyncEnumerable<float[]> CaptureAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var offset = 0; offset < clip.Length || holdOpen; offset += ChunkSamples)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pace is not null)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), pace, cancellationToken);
            }
            else
            {
                await Task.Yield();
            }

            var chunk = new float[ChunkSamples];
            if (offset < clip.Length)
            {
                var take = Math.Min(ChunkSamples, clip.Length - offset);
                clip.Samples.Span.Slice(offset, take).CopyTo(chunk);
                chunk = take == ChunkSamples ? chunk : chunk[..take];
            }

            yield return chunk;
        }
    }
}
