namespace Edge.Knowledge.Generation;

/// <summary>Whether the optional language model can be used.</summary>
public enum LanguageModelState
{
    /// <summary>The model folder passed validation (and loaded, once loading was attempted).</summary>
    Present,

    /// <summary>A model folder is configured but does not exist.</summary>
    Missing,

    /// <summary>The folder exists but a file is missing, corrupt or inconsistent, or the runtime rejected it.</summary>
    Unusable,

    /// <summary>No model is configured; answers are extractive.</summary>
    Disabled,
}

/// <summary>What the agent reports about its language model in <c>status</c> and on MQTT.</summary>
/// <param name="State">Present, Missing, Unusable or Disabled.</param>
/// <param name="Path">The configured model folder, if any.</param>
/// <param name="Reason">One line saying why the model is not usable; null when present.</param>
/// <param name="ModelName">The model folder's name, e.g. "qwen2.5-0.5b-instruct-int4"; null without a folder.</param>
public sealed record LanguageModelStatus(LanguageModelState State, string? Path, string? Reason, string? ModelName)
{
    /// <summary>True when answers may be generated.</summary>
    public bool IsUsable => State == LanguageModelState.Present;

    internal static LanguageModelStatus Disabled() =>
        new(LanguageModelState.Disabled, null, "no language model configured", null);

    internal static LanguageModelStatus Missing(string path) =>
        new(LanguageModelState.Missing, path, $"model folder not found: {path}", NameOf(path));

    internal static LanguageModelStatus Unusable(string path, string reason) =>
        new(LanguageModelState.Unusable, path, reason, NameOf(path));

    internal static LanguageModelStatus Present(string path) =>
        new(LanguageModelState.Present, path, null, NameOf(path));

    private static string NameOf(string path) =>
        System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(path));
}
