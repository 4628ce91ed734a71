using System.ComponentModel.DataAnnotations;
using Edge.Knowledge.Answering;

namespace Edge.Knowledge;

/// <summary>Configuration section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    private const string EmbedderError = "Knowledge:Embedder must be minilm or arctic-xs";

    /// <summary>Folder holding the database file; the host sets it from <c>--data-dir</c>.</summary>
    [Required]
    public string DataDirectory { get; set; } = "./data";

    /// <summary>Collection used when a command names none.</summary>
    [Required, RegularExpression(CollectionName.Pattern)]
    public string DefaultCollection { get; set; } = "default";

    /// <summary>Files larger than this are reported and skipped at ingestion.</summary>
    [Range(1, 4096)]
    public int MaxFileSizeMb { get; set; } = 100;

    /// <summary>Bundled sentence-embedding model: <c>minilm</c> (all-MiniLM-L6-v2) or <c>arctic-xs</c> (snowflake-arctic-embed-xs).</summary>
    /// <remarks>
    /// all-MiniLM-L6-v2 is the default because hybrid search ranks better with it on the development
    /// sets (docs/QUALITY.md). Vectors of one model cannot be searched with another: changing it
    /// means ingesting into a new data directory.
    /// </remarks>
    [Required(ErrorMessage = EmbedderError), RegularExpression(Embedders.Pattern, ErrorMessage = EmbedderError)]
    public string Embedder { get; set; } = Embedders.MiniLm;

    /// <summary>Optional path of a BERT-style ONNX sentence-embedding model (vocab.txt beside it), run with mean pooling; replaces the bundled model.</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>Optional plant glossary (TSV german&lt;TAB&gt;english) merged into the shipped one.</summary>
    public string? GlossaryFile { get; set; }

    /// <summary>
    /// German–English dictionary in the Ding format (Debian package <c>trans-de-en</c>); translates
    /// question words both ways, narrowed to the words the manuals use. Empty switches it off.
    /// </summary>
    public string? DictionaryFile { get; set; } = Retrieval.Dictionary.DingFile.DebianPath;

    /// <summary>extractive, llm or auto.</summary>
    [Required, RegularExpression("^(extractive|llm|auto)$", ErrorMessage = "Knowledge:AnswerMode must be extractive, llm or auto")]
    public string AnswerMode { get; set; } = AnswerModes.Extractive;

    /// <summary>Optional folder of an ONNX Runtime GenAI model.</summary>
    public string? LlmModel { get; set; }

    /// <summary>Threads for embedding inference; 0 = one per core.</summary>
    [Range(0, 64)]
    public int InferenceThreads { get; set; }
}
