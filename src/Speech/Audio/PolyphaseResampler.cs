using System.Numerics.Tensors;

namespace Edge.Speech.Audio;

/// <summary>
/// Streaming band-limited resampler to 16 kHz. Output sample m sits at input position m·down/up
/// (up/down = the reduced rate ratio); it is the dot product of the input around that position with
/// the kernel phase for its fractional part. Ratios with more than 1024 phases (odd rates such as
/// 44 056 Hz) use the nearest of 1024 phases: a timing error below 1/2048 sample, far under audibility.
/// </summary>
internal sealed class PolyphaseResampler
{
    private const int MaxPhases = 1024;
    private readonly int up;
    private readonly int down;
    private readonly ResamplerKernel? kernel;
    private float[] history = new float[8192];
    private long historyStart;   // absolute input index of history[0]
    private int historyCount;
    private long inputCount;
    private long outputCount;
    private long position;       // integer part of the next output's input position
    private long fraction;       // fractional part, in units of 1/up

    public PolyphaseResampler(int inputRate, int outputRate = AudioClip.SampleRate)
    {
        var gcd = Gcd(inputRate, outputRate);
        up = outputRate / gcd;
        down = inputRate / gcd;
        if (up == down)
        {
            return;
        }

        kernel = new ResamplerKernel(inputRate, outputRate, Math.Min(up, MaxPhases));

        // Silence before the first sample, so the first outputs are computed like all others.
        historyStart = -kernel.HalfWidth;
        historyCount = kernel.HalfWidth;
    }

    /// <summary>Feeds input samples and appends every output sample they complete.</summary>
    public void Process(ReadOnlySpan<float> input, SampleBuffer output)
    {
        inputCount += input.Length;
        if (kernel is null)
        {
            Append(output, input);
            return;
        }

        AddHistory(input);
        Drain(output, long.MaxValue);
    }

    /// <summary>Completes the stream: emits the tail that needs silence after the last sample.</summary>
    public void Flush(SampleBuffer output)
    {
        if (kernel is null)
        {
            return;
        }

        AddHistory(new float[kernel.HalfWidth + 1]);
        var total = (inputCount * up + down - 1) / down;
        Drain(output, total);
    }

    private void Drain(SampleBuffer output, long limit)
    {
        Span<float> block = stackalloc float[512];
        var filled = 0;
        var lastAvailable = historyStart + historyCount - 1;
        while (outputCount < limit)
        {
            var phase = kernel!.Phases == up ? fraction : (fraction * kernel.Phases + (up / 2)) / up;
            var centre = position;
            if (phase == kernel.Phases)
            {
                phase = 0;
                centre++;
            }

            if (centre + kernel.HalfWidth > lastAvailable)
            {
                break;
            }

            var first = (int)(centre - kernel.HalfWidth + 1 - historyStart);
            block[filled++] = TensorPrimitives.Dot(history.AsSpan(first, kernel.Taps), kernel.Phase((int)phase));
            if (filled == block.Length)
            {
                Append(output, block);
                filled = 0;
            }

            outputCount++;
            fraction += down;
            position += fraction / up;
            fraction %= up;
        }

        Append(output, block[..filled]);
        Compact();
    }

    private void AddHistory(ReadOnlySpan<float> input)
    {
        if (historyCount + input.Length > history.Length)
        {
            Array.Resize(ref history, Math.Max(history.Length * 2, historyCount + input.Length));
        }

        input.CopyTo(history.AsSpan(historyCount));
        historyCount += input.Length;
    }

    // Drops samples no future output can reach, keeping the history about one kernel wide.
    private void Compact()
    {
        var keepFrom = position - kernel!.HalfWidth;
        var drop = (int)Math.Clamp(keepFrom - historyStart, 0, historyCount);
        if (drop == 0)
        {
            return;
        }

        history.AsSpan(drop, historyCount - drop).CopyTo(history);
        historyCount -= drop;
        historyStart += drop;
    }

    private static void Append(SampleBuffer output, ReadOnlySpan<float> samples)
    {
        if (!output.TryAppend(samples))
        {
            throw new InvalidOperationException("Resampled audio exceeded its buffer; the input length check was bypassed.");
        }
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
