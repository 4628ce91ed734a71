using Edge.Knowledge.Generation;
using Edge.Speech.Transcription;

namespace Edge.Agent.Models;

/// <summary>
/// <c>models verify</c>, offline: every file in models.json is there, readable, of the recorded size
/// and sha256, and the model looks loadable where that is cheap to tell (ggml header of a Whisper
/// file, config and tokenizer files of a GenAI folder) — without loading any native library.
/// </summary>
internal static class ModelVerifier
{
    /// <summary>Checks every model of the manifest in <paramref name="folder"/>.</summary>
    public static async Task<IReadOnlyList<ModelCheck>> VerifyAsync(string folder, ModelManifest manifest, CancellationToken cancellationToken = default)
    {
        var results = new List<ModelCheck>();
        foreach (var model in manifest.Models)
            results.Add(await VerifyModelAsync(folder, model, cancellationToken));
        return results;
    }

    private static async Task<ModelCheck> VerifyModelAsync(string folder, ManifestModel model, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        long bytes = 0;
        foreach (var file in model.Files)
        {
            var path = ModelPaths.Resolve(folder, file.Path);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problems.Add($"{file.Path} is missing");
                continue;
            }
            bytes += info.Length;
            if (info.Length != file.Size)
            {
                problems.Add($"{file.Path} is {info.Length} bytes, expected {file.Size}");
                continue;
            }
            try
            {
                var sha256 = await FileHashing.Sha256Async(path, cancellationToken);
                if (!string.Equals(sha256, file.Sha256, StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{file.Path} sha256 {sha256} differs from the recorded {file.Sha256}");
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add($"{file.Path} cannot be read: {ex.Message}");
            }
        }
        var detail = problems.Count == 0 ? LoadableCheck(folder, model, problems) : null;
        return new ModelCheck(model.Name, model.Kind, problems.Count == 0, model.Files.Count, bytes, detail, problems);
    }

    private static string? LoadableCheck(string folder, ManifestModel model, List<string> problems)
    {
        try
        {
            switch (model.Kind)
            {
                case ModelKinds.Whisper:
                    var file = model.Files.FirstOrDefault(f => f.Path.EndsWith(".bin", StringComparison.OrdinalIgnoreCase)) ?? model.Files[0];
                    return WhisperModelCheck.Describe(ModelPaths.Resolve(folder, file.Path));
                case ModelKinds.Llm:
                    var status = LanguageModelFolderCheck.Check(ModelPaths.CommonFolder(folder, model.Files.Select(f => f.Path)));
                    if (!status.IsUsable)
                        problems.Add(status.Reason ?? "the model folder is not usable");
                    return status.IsUsable ? $"GenAI folder {status.ModelName}" : null;
                default:
                    return null;
            }
        }
        catch (InvalidDataException ex)
        {
            problems.Add(ex.Message);
            return null;
        }
    }
}

/// <summary>The outcome of verifying one model.</summary>
internal sealed record ModelCheck(string Name, string Kind, bool Ok, int Files, long Bytes, string? Detail, IReadOnlyList<string> Problems);
