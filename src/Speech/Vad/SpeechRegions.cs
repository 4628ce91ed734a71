namespace Edge.Speech.Vad;

/// <summary>A run of frames judged to be speech, inclusive at both ends.</summary>
internal readonly record struct SpeechRegion(int Start, int End)
{
    public int Length => End - Start + 1;

    /// <summary>Standard deviation of the speech-band level across the region, in dB.</summary>
    public double ModulationDb(IReadOnlyList<FrameFeatures> frames)
    {
        double sum = 0, squares = 0;
        for (var i = Start; i <= End; i++)
        {
            sum += frames[i].BandDb;
            squares += frames[i].BandDb * frames[i].BandDb;
        }

        var mean = sum / Length;
        return Math.Sqrt(Math.Max(0, (squares / Length) - (mean * mean)));
    }
}

/// <summary>Joins speech-like frames into regions: short gaps between words are bridged, lone blips dropped.</summary>
internal static class SpeechRegions
{
    private const int MinRegionFrames = 5;   // 50 ms: a click or a clang is shorter

    public static List<SpeechRegion> Find(int frameCount, Func<int, bool> isSpeech, int bridgeFrames)
    {
        var regions = new List<SpeechRegion>();
        int? start = null;
        var lastSpeech = -1;
        for (var i = 0; i < frameCount; i++)
        {
            if (!isSpeech(i))
            {
                continue;
            }

            if (start is { } s && i - lastSpeech > bridgeFrames)
            {
                Close(regions, s, lastSpeech);
                start = null;
            }

            start ??= i;
            lastSpeech = i;
        }

        if (start is { } open)
        {
            Close(regions, open, lastSpeech);
        }

        return regions;
    }

    private static void Close(List<SpeechRegion> regions, int start, int end)
    {
        if (end - start + 1 >= MinRegionFrames)
        {
            regions.Add(new SpeechRegion(start, end));
        }
    }
}
