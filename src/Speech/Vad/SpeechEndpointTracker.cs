namespace Edge.Speech.Vad;

/// <summary>
/// The live counterpart of <see cref="EnergySpectralVad"/> for voice-activated recording: the noise
/// floor follows the quietest recent frames (falling at once, rising slowly and only outside speech),
/// speech starts when most of the last 150 ms is speech-like (and the last 0.5 s is not level, as a
/// machine that starts up would be), and ends after a stretch of silence.
/// </summary>
internal sealed class SpeechEndpointTracker(VadSettings settings) : IEndpointTracker
{
    private const int StartWindow = 15;
    private const int StartVotes = 10;
    private const double FloorRisePerFrame = 0.05;   // 5 dB per second
    private readonly FrameAnalyzer analyzer = new();
    private readonly List<FrameFeatures> frames = [];
    private const int ModulationWindow = 50;        // 0.5 s of levels
    private readonly Queue<bool> recent = new();
    private readonly Queue<double> levels = new();
    private double floor = double.NaN;
    private int votes;
    private int silentFrames;

    public EndpointState State { get; private set; }

    public EndpointState Push(ReadOnlySpan<float> samples)
    {
        frames.Clear();
        analyzer.Push(samples, frames);
        foreach (var frame in frames)
        {
            Step(frame);
        }

        return State;
    }

    private double Modulation()
    {
        var mean = levels.Average();
        return Math.Sqrt(levels.Average(l => (l - mean) * (l - mean)));
    }

    private void Step(FrameFeatures frame)
    {
        floor = double.IsNaN(floor) ? frame.BandDb : floor;
        levels.Enqueue(frame.BandDb);
        if (levels.Count > ModulationWindow)
        {
            levels.Dequeue();
        }

        var speech = settings.IsSpeechLike(frame, floor) && Modulation() >= settings.MinModulationDb;
        if (frame.BandDb < floor)
        {
            floor = frame.BandDb;
        }
        else if (!speech)
        {
            floor += Math.Min(FloorRisePerFrame, frame.BandDb - floor);
        }

        recent.Enqueue(speech);
        votes += speech ? 1 : 0;
        if (recent.Count > StartWindow && recent.Dequeue())
        {
            votes--;
        }

        silentFrames = speech ? 0 : silentFrames + 1;
        if (State == EndpointState.Waiting && votes >= StartVotes)
        {
            State = EndpointState.Speaking;
        }
        else if (State == EndpointState.Speaking && silentFrames >= VadSettings.Frames(settings.EndOfSpeechSilence))
        {
            State = EndpointState.Ended;
        }
    }

    public void Dispose()
    {
        // Nothing native to release: the spectral tracker is plain managed code.
    }
}
