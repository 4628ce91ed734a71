namespace Edge.Knowledge.Generation;

/// <summary>Checks a language-model folder from its files alone, without loading the native runtime.</summary>
public static class LanguageModelFolderCheck
{
    /// <summary>The folder's status: <see cref="LanguageModelState.Present"/> when config, model and tokenizer files are consistent.</summary>
    public static LanguageModelStatus Check(string folder) => ModelFolderValidator.Validate(folder).Status;
}
