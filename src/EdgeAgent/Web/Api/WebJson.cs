using System.Text.Json;
using Edge.Agent.Cli;

namespace Edge.Agent.Web;

/// <summary>The API writes JSON exactly as the CLI prints it (camelCase, nulls kept, umlauts unescaped).</summary>
internal static class WebJson
{
    /// <summary>The CLI's serializer options.</summary>
    public static JsonSerializerOptions Options => CliJson.Options;
}
