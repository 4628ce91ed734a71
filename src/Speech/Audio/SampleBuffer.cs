namespace Edge.Speech.Audio;

/// <summary>A growable float buffer with a hard cap, so no input can make it grow without bound.</summary>
internal sealed class SampleBuffer(int capacityLimit)
{
    private float[] items = new float[Math.Min(capacityLimit, 16_000)];

    public int Count { get; private set; }

    public int CapacityLimit => capacityLimit;

    /// <summary>Appends samples; returns false (and appends nothing) when the cap would be passed.</summary>
    public bool TryAppend(ReadOnlySpan<float> samples)
    {
        if ((long)Count + samples.Length > capacityLimit)
        {
            return false;
        }

        if (Count + samples.Length > items.Length)
        {
            var grown = (int)Math.Min(capacityLimit, Math.Max((long)items.Length * 2, Count + samples.Length));
            Array.Resize(ref items, grown);
        }

        samples.CopyTo(items.AsSpan(Count));
        Count += samples.Length;
        return true;
    }

    public ReadOnlySpan<float> AsSpan() => items.AsSpan(0, Count);

    public float[] ToArray() => AsSpan().ToArray();
}
