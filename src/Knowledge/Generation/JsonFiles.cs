using System.Text.Json;
using System.Text.Json.Nodes;

namespace Edge.Knowledge.Generation;

/// <summary>Reads a model folder's JSON files, turning every failure into a one-line reason.</summary>
internal static class JsonFiles
{
    public static JsonObject ReadObject(string folder, string fileName)
    {
        var path = Path.Combine(folder, fileName);
        if (!File.Exists(path)) throw new ModelFolderException($"{fileName} is missing");
        try
        {
            using var stream = File.OpenRead(path);
            return JsonNode.Parse(stream) as JsonObject
                ?? throw new ModelFolderException($"{fileName} is not a JSON object");
        }
        catch (JsonException e)
        {
            throw new ModelFolderException($"{fileName} is not valid JSON (line {e.LineNumber + 1})");
        }
        catch (IOException e)
        {
            throw new ModelFolderException($"{fileName} cannot be read: {e.Message}");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ModelFolderException($"{fileName} cannot be read: access denied");
        }
    }
}
