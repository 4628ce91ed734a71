using Microsoft.Extensions.Configuration;

namespace Edge.Agent.Models;

/// <summary>The configured models folder: <c>Models:Folder</c>, else <c>&lt;data-dir&gt;/models</c>.</summary>
internal static class ModelsFolder
{
    /// <summary>Configuration key of the folder.</summary>
    public const string Key = "Models:Folder";

    /// <summary>The folder as a full path.</summary>
    public static string Resolve(IConfiguration configuration) =>
        Path.GetFullPath(configuration[Key] is { Length: > 0 } folder
            ? folder
            : Path.Combine(configuration["DataDir"] ?? "./data", "models"));
}
