using System.Security.Cryptography;
using System.Text;
using Edge.Agent.Models;

namespace Edge.Agent.Tests.Models;

/// <summary>Files the model tests serve, pull and verify: random bytes and a small valid ggml header.</summary>
internal static class ModelFixtures
{
    public static byte[] RandomBytes(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// A file that passes the ggml header inspection: base-sized hyperparameters, f16, an 80×201 mel
    /// filter table, a three-token vocabulary with the single-space token, and a few tensor bytes.
    /// </summary>
    public static byte[] GgmlWhisperFile(bool withSpaceToken = true)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(0x67676d6cu);
            foreach (var value in new[] { 51865, 1500, 512, 8, 6, 448, 512, 8, 6, 80, 1 })
                writer.Write(value);
            writer.Write(80);
            writer.Write(201);
            writer.Write(new byte[80 * 201 * sizeof(float)]);
            string[] tokens = withSpaceToken ? ["!", " ", "the"] : ["!", "a", "the"];
            writer.Write(tokens.Length);
            foreach (var token in tokens)
            {
                var bytes = Encoding.UTF8.GetBytes(token);
                writer.Write((uint)bytes.Length);
                writer.Write(bytes);
            }
            writer.Write(new byte[64]);
        }
        return memory.ToArray();
    }

    /// <summary>A catalog with one model per (name, url, sha256) written to <paramref name="folder"/>.</summary>
    public static string WriteCatalog(string folder, params CatalogModel[] models)
    {
        var path = Path.Combine(folder, "catalog.json");
        File.WriteAllText(path, System.Text.Json.JsonSerializer.Serialize(new { format = 1, models }, ModelJson.Options));
        return path;
    }

    public static CatalogModel Whisper(string name, string url, string? sha256, long? size = null) =>
        new(name, ModelKinds.Whisper, "test model", [new CatalogFile($"ggml-{name}.bin", url, sha256, size)]);
}
