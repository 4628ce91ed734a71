using Edge.Knowledge.Generation;

namespace Edge.Knowledge.Tests.Generation.TinyModel;

/// <summary>A grounded generator over a tiny scripted model folder; disposing removes both.</summary>
internal sealed class TinyGenerator : IDisposable
{
    private TinyGenerator(TinyModelFolder folder, GroundedGenerator generator)
    {
        Folder = folder;
        Generator = generator;
    }

    public TinyModelFolder Folder { get; }

    public GroundedGenerator Generator { get; }

    public static TinyGenerator Create(
        string answer,
        bool endsWithEos = true,
        Action<LanguageModelOptions>? configure = null,
        TimeProvider? time = null,
        int contextLength = 4096)
    {
        var folder = TinyModelFolder.Create(answer, endsWithEos, contextLength: contextLength);
        var options = new LanguageModelOptions { ModelPath = folder.Path, Threads = 1 };
        configure?.Invoke(options);
        return new TinyGenerator(folder, GroundedGenerator.Create(options, time));
    }

    public void Dispose()
    {
        Generator.Dispose();
        Folder.Dispose();
    }
}
