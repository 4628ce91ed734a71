namespace Edge.Knowledge.Generation;

/// <summary>
/// Decides the language model's status at start-up from the files alone, before anything native
/// touches them, so a broken folder costs one status line and never the agent.
/// </summary>
internal static class ModelFolderValidator
{
    /// <summary>The status of <paramref name="path"/>, with the facts loading needs when it is usable.</summary>
    public static (LanguageModelStatus Status, ModelFolderFacts? Facts) Validate(string? path)
    {
        if (string.IsNullOrWhiteSpace(path)) return (LanguageModelStatus.Disabled(), null);

        var folder = Path.GetFullPath(path);
        if (!Directory.Exists(folder)) return (LanguageModelStatus.Missing(path), null);

        try
        {
            var (type, context, vocab) = GenAiConfigCheck.Read(folder);
            var template = TokenizerFilesCheck.Read(folder, vocab);
            return (LanguageModelStatus.Present(folder), new ModelFolderFacts(type, context, vocab, template));
        }
        catch (ModelFolderException e)
        {
            return (LanguageModelStatus.Unusable(folder, e.Message), null);
        }
    }
}
