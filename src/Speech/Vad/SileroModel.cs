using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Edge.Speech.Vad;

/// <summary>
/// The Silero VAD v5 network in ONNX Runtime: inputs <c>input</c> [1, 64 + 512] (the previous
/// window's last 64 samples, then 32 ms of 16 kHz audio), <c>state</c> [2, 1, 128] and <c>sr</c>
/// (int64 scalar); outputs <c>output</c> [1, 1] (speech probability) and <c>stateN</c>. One session is
/// shared by every stream (ONNX Runtime runs are thread-safe); the recurrent state lives in each
/// <see cref="SileroStream"/>. One thread per run: the network is tiny and a Pi's other cores belong
/// to Whisper.
/// </summary>
internal sealed class SileroModel : IDisposable
{
    public const int Window = 512;
    public const int Context = 64;
    public const int StateSize = 2 * 128;
    private static readonly string[] Inputs = ["input", "state", "sr"];
    private static readonly string[] Outputs = ["output", "stateN"];

    private SileroModel(InferenceSession session) => Session = session;

    internal InferenceSession Session { get; }

    internal static IReadOnlyList<string> InputNames => Inputs;

    internal static IReadOnlyList<string> OutputNames => Outputs;

    /// <summary>Loads and checks the model: the v5 interface, and one window of silence runs.</summary>
    /// <exception cref="InvalidDataException">The file is not a Silero VAD v5 model or does not run.</exception>
    public static SileroModel Load(string path)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_FATAL,
        };
        InferenceSession session;
        try
        {
            session = new InferenceSession(path, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new InvalidDataException($"not a loadable ONNX model ({FirstLine(e.Message)})", e);
        }

        var model = new SileroModel(session);
        try
        {
            model.CheckInterface();
            using var stream = model.CreateStream();
            stream.Score(new float[Window]);
            return model;
        }
        catch (Exception e) when (e is OnnxRuntimeException or InvalidDataException)
        {
            model.Dispose();
            throw e as InvalidDataException ?? new InvalidDataException($"the model does not run ({FirstLine(e.Message)})", e);
        }
    }

    public SileroStream CreateStream() => new(this);

    private void CheckInterface()
    {
        var inputs = Session.InputMetadata;
        var outputs = Session.OutputMetadata;
        var ok = Inputs.All(inputs.ContainsKey) && Outputs.All(outputs.ContainsKey)
            && inputs["state"].Dimensions is [2, _, 128]
            && inputs["sr"].ElementDataType == TensorElementType.Int64;
        if (!ok)
        {
            throw new InvalidDataException(
                $"not a Silero VAD v5 model (inputs {string.Join(", ", inputs.Keys)}; outputs {string.Join(", ", outputs.Keys)}; " +
                "expected input, state [2, batch, 128], sr → output, stateN)");
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();

    public void Dispose() => Session.Dispose();
}
