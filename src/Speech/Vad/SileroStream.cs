using Microsoft.ML.OnnxRuntime;

namespace Edge.Speech.Vad;

/// <summary>
/// One audio stream through <see cref="SileroModel"/>: takes samples in chunks of any size and
/// reports one speech probability per 32 ms window. Input, state and output tensors wrap arrays
/// allocated once, so a live stream allocates nothing per window.
/// </summary>
internal sealed class SileroStream : IDisposable
{
    private readonly SileroModel model;
    private readonly float[] input = new float[SileroModel.Context + SileroModel.Window];
    private readonly float[] probability = new float[1];
    private readonly float[][] states = [new float[SileroModel.StateSize], new float[SileroModel.StateSize]];
    private readonly OrtValue inputValue;
    private readonly OrtValue rateValue;
    private readonly OrtValue probabilityValue;
    private readonly OrtValue[] stateValues;
    private readonly RunOptions run = new();
    private int filled;
    private int current;

    public SileroStream(SileroModel model)
    {
        this.model = model;
        inputValue = OrtValue.CreateTensorValueFromMemory(input, [1, input.Length]);
        rateValue = OrtValue.CreateTensorValueFromMemory(new long[] { AudioClip.SampleRate }, []);
        probabilityValue = OrtValue.CreateTensorValueFromMemory(probability, [1, 1]);
        stateValues = [.. states.Select(s => OrtValue.CreateTensorValueFromMemory(s, [2, 1, 128]))];
    }

    /// <summary>Adds samples and appends the probability of every window they complete.</summary>
    public void Push(ReadOnlySpan<float> samples, List<float> probabilities)
    {
        while (!samples.IsEmpty)
        {
            var take = Math.Min(SileroModel.Window - filled, samples.Length);
            samples[..take].CopyTo(input.AsSpan(SileroModel.Context + filled));
            filled += take;
            samples = samples[take..];
            if (filled == SileroModel.Window)
            {
                probabilities.Add(Run());
                filled = 0;
            }
        }
    }

    /// <summary>The probability of exactly one window (used to check a model at load).</summary>
    public float Score(ReadOnlySpan<float> window)
    {
        window.CopyTo(input.AsSpan(SileroModel.Context, SileroModel.Window));
        return Run();
    }

    private float Run()
    {
        var next = 1 - current;
        model.Session.Run(
            run, SileroModel.InputNames, [inputValue, stateValues[current], rateValue],
            SileroModel.OutputNames, [probabilityValue, stateValues[next]]);
        current = next;

        // The next window sees the end of this one as context, as the network was trained.
        input.AsSpan(input.Length - SileroModel.Context).CopyTo(input);
        return probability[0];
    }

    public void Dispose()
    {
        inputValue.Dispose();
        rateValue.Dispose();
        probabilityValue.Dispose();
        foreach (var value in stateValues)
        {
            value.Dispose();
        }

        run.Dispose();
    }
}
