using Edge.Agent.Models;

namespace Edge.Agent.Tests.Models;

public sealed class ModelVerifyTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    private ManifestModel AddWhisper(string name, byte[] content)
    {
        File.WriteAllBytes(_folder.File($"ggml-{name}.bin"), content);
        var model = new ManifestModel(name, ModelKinds.Whisper, [new ManifestFile($"ggml-{name}.bin", ModelFixtures.Sha256(content), content.Length)]);
        (ModelManifest.Load(_folder.Path) ?? ModelManifest.Empty).With(model).Save(_folder.Path);
        return model;
    }

    private async Task<ModelCheck> VerifyOnly()
    {
        var checks = await ModelVerifier.VerifyAsync(_folder.Path, ModelManifest.Load(_folder.Path)!, TestContext.Current.CancellationToken);
        return Assert.Single(checks);
    }

    [Fact]
    public async Task Verify_OfAGoodWhisperFile_IsOkAndDescribesIt()
    {
        AddWhisper("base", ModelFixtures.GgmlWhisperFile());

        var check = await VerifyOnly();

        Assert.True(check.Ok, string.Join("; ", check.Problems));
        Assert.Contains("multilingual, 6 encoder layers", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OfAFlippedByte_ReportsTheChecksum()
    {
        var content = ModelFixtures.GgmlWhisperFile();
        AddWhisper("base", content);
        content[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(_folder.File("ggml-base.bin"), content, TestContext.Current.CancellationToken);

        var check = await VerifyOnly();

        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.Contains("differs from the recorded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_OfAMissingOrTruncatedFile_SaysWhich()
    {
        AddWhisper("base", ModelFixtures.GgmlWhisperFile());
        File.Delete(_folder.File("ggml-base.bin"));
        Assert.Equal("ggml-base.bin is missing", Assert.Single((await VerifyOnly()).Problems));

        await File.WriteAllBytesAsync(_folder.File("ggml-base.bin"), new byte[10], TestContext.Current.CancellationToken);
        Assert.StartsWith("ggml-base.bin is 10 bytes, expected", Assert.Single((await VerifyOnly()).Problems), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_OfAFileThatWhisperCouldNotLoad_FailsEvenWithTheRightChecksum()
    {
        AddWhisper("base", ModelFixtures.GgmlWhisperFile(withSpaceToken: false));

        var check = await VerifyOnly();

        Assert.False(check.Ok);
        Assert.Equal("the vocabulary lacks the single-space token", Assert.Single(check.Problems));
    }

    [Fact]
    public async Task Verify_OfALanguageModelFolderWithoutItsConfig_FailsWithTheFolderReason()
    {
        Directory.CreateDirectory(_folder.File("tiny-llm"));
        var bytes = "{}"u8.ToArray();
        File.WriteAllBytes(_folder.File("tiny-llm/tokenizer.json"), bytes);
        ModelManifest.Empty.With(new ManifestModel("tiny-llm", ModelKinds.Llm, [new ManifestFile("tiny-llm/tokenizer.json", ModelFixtures.Sha256(bytes), bytes.Length)])).Save(_folder.Path);

        var check = await VerifyOnly();

        Assert.False(check.Ok);
        Assert.Contains(check.Problems, p => p.Contains("genai_config.json", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_WithAPathLeavingTheFolder_IsRefused()
    {
        File.WriteAllText(_folder.File("models.json"), """{"format":1,"models":[{"name":"x","kind":"whisper","files":[{"path":"../etc/passwd","sha256":"00","size":1}]}]}""");

        var error = Assert.Throws<InvalidDataException>(() => ModelManifest.Load(_folder.Path));

        Assert.Contains("must be relative and stay inside the models folder", error.Message, StringComparison.Ordinal);
    }
}
