namespace Edge.Speech.Vad;

/// <summary>
/// Live endpointing with Silero: every 32 ms window is speech or not by Silero's hysteresis (gated,
/// also not a single spectral line and not level over the last 0.5 s). Speech starts when 3 of the
/// last 5 windows are speech, and ends <see cref="VadSettings.EndOfSpeechSilence"/> after the last
/// window that was clearly speech (at or above the threshold, not merely held by the hysteresis), so
/// a machine that keeps running never holds a question open: it is not speech to Silero. A start
/// with less than <see cref="VadSettings.MinSpeech"/> of speech before that silence (a press stroke,
/// a clang) was no question: the tracker goes back to waiting instead of ending the recording.
/// </summary>
internal sealed class SileroEndpointTracker : IEndpointTracker
{
    private const int StartWindow = 5;
    private const int StartVotes = 3;
    private const int ModulationFrames = 50;        // 0.5 s of 10 ms hops
    private readonly SileroStream stream;
    private readonly VadSettings settings;
    private readonly FrameAnalyzer? analyzer;
    private readonly List<float> probabilities = [];
    private readonly List<FrameFeatures> frames = [];
    private readonly Queue<double> levels = new();
    private readonly Queue<bool> recent = new();
    private readonly int endWindows;
    private readonly int minSpeechWindows;
    private int speechWindows;
    private int pending;
    private int tonalFrames;
    private int windowFrames;
    private bool speaking;
    private int votes;
    private int silentWindows;

    public SileroEndpointTracker(SileroModel model, VadSettings settings, bool gated)
    {
        stream = model.CreateStream();
        this.settings = settings;
        analyzer = gated ? new FrameAnalyzer() : null;
        endWindows = Windows(settings.EndOfSpeechSilence);
        minSpeechWindows = Windows(settings.MinSpeech);
    }

    public EndpointState State { get; private set; }

    public EndpointState Push(ReadOnlySpan<float> samples)
    {
        // Window by window, so the spectral gate of a window is judged on that window's own hops.
        while (!samples.IsEmpty)
        {
            var take = Math.Min(SileroModel.Window - pending, samples.Length);
            var part = samples[..take];
            samples = samples[take..];
            pending = (pending + take) % SileroModel.Window;
            Measure(part);
            probabilities.Clear();
            stream.Push(part, probabilities);
            foreach (var probability in probabilities)
            {
                Step(probability);
            }
        }

        return State;
    }

    private void Measure(ReadOnlySpan<float> part)
    {
        if (analyzer is null)
        {
            return;
        }

        frames.Clear();
        analyzer.Push(part, frames);
        foreach (var frame in frames)
        {
            levels.Enqueue(frame.BandDb);
            if (levels.Count > ModulationFrames)
            {
                levels.Dequeue();
            }

            windowFrames++;
            tonalFrames += frame.Tonality > settings.MaxTonality ? 1 : 0;
        }
    }

    private bool GateOpen()
    {
        if (analyzer is null)
        {
            return true;
        }

        var tonal = windowFrames > 0 && tonalFrames * 2 > windowFrames;
        (windowFrames, tonalFrames) = (0, 0);
        return !tonal && Modulation() >= settings.MinModulationDb;
    }

    private double Modulation()
    {
        if (levels.Count == 0)
        {
            return 0;
        }

        var mean = levels.Average();
        return Math.Sqrt(levels.Average(l => (l - mean) * (l - mean)));
    }

    private void Step(float probability)
    {
        var gate = GateOpen();
        speaking = settings.SileroSpeaking(probability, speaking);
        var speech = gate && speaking;
        recent.Enqueue(speech);
        votes += speech ? 1 : 0;
        if (recent.Count > StartWindow && recent.Dequeue())
        {
            votes--;
        }

        silentWindows = gate && probability >= settings.SileroThreshold ? 0 : silentWindows + 1;
        speechWindows += speech ? 1 : 0;
        if (State == EndpointState.Waiting && votes >= StartVotes)
        {
            State = EndpointState.Speaking;
            speechWindows = votes;
        }
        else if (State == EndpointState.Speaking && silentWindows >= endWindows)
        {
            State = speechWindows >= minSpeechWindows ? EndpointState.Ended : EndpointState.Waiting;
        }
    }

    private static int Windows(TimeSpan time) => (int)Math.Ceiling(time.TotalSeconds * AudioClip.SampleRate / SileroModel.Window);

    public void Dispose() => stream.Dispose();
}
