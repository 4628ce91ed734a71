using Microsoft.ML.OnnxRuntimeGenAI;

namespace Edge.Knowledge.Generation;

/// <summary>
/// GenAI's tokenizer with a safe failure: when <c>new Tokenizer(model)</c> throws, the half-built
/// object's finalizer still destroys the native handle the failed call left behind, and the next GC
/// kills the process (seen with an unsupported tokenizer_class). The finalizer calls the virtual
/// <c>Dispose(bool)</c>, so skipping it for an object whose constructor never finished is enough.
/// </summary>
internal sealed class GuardedTokenizer : Tokenizer
{
    // Only set when the base constructor returned; a failed construction leaves it false.
    private readonly bool constructed;

    public GuardedTokenizer(Model model)
        : base(model) => constructed = true;

    protected override void Dispose(bool disposing)
    {
        if (constructed) base.Dispose(disposing);
    }
}
