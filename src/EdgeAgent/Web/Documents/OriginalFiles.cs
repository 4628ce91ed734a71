using System.Collections.Concurrent;
using System.Security.Cryptography;
using Edge.Knowledge.Documents;

namespace Edge.Agent.Web.Documents;

/// <summary>
/// Finds the original file of a stored document: the file it was ingested from, served only while its
/// content still has the hash the knowledge base recorded. A file moved away, edited since, or replaced
/// (even by a link to something else) is not served; the stored text still is (<c>/text</c>).
/// </summary>
internal sealed class OriginalFiles
{
    private readonly ConcurrentDictionary<(string Path, long Length, DateTime Written), string> _hashes = new();

    /// <summary>The file's path, or null with the reason it cannot be served.</summary>
    public string? Locate(StoredDocument document, out string? problem)
    {
        problem = null;
        if (!Path.IsPathFullyQualified(document.SourcePath))
        {
            problem = $"'{document.Name}' was installed from {document.SourcePath}: no original file is kept";
            return null;
        }
        var file = new FileInfo(document.SourcePath);
        if (!file.Exists)
        {
            problem = $"the original file of '{document.Name}' is no longer where it was ingested from";
            return null;
        }
        if (file.Length != document.SizeBytes || !string.Equals(Hash(file), document.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            problem = $"the original file of '{document.Name}' changed since it was ingested; ingest it again";
            return null;
        }
        return file.FullName;
    }

    /// <summary>The content type a browser needs to show the format.</summary>
    public static string ContentType(string format) => format switch
    {
        "pdf" => "application/pdf",
        "html" => "text/html; charset=utf-8",
        "docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "markdown" => "text/markdown; charset=utf-8",
        _ => "text/plain; charset=utf-8",
    };

    private string Hash(FileInfo file)
    {
        var key = (file.FullName, file.Length, file.LastWriteTimeUtc);
        if (_hashes.TryGetValue(key, out var known))
            return known;
        using var stream = file.OpenRead();
        var hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (_hashes.Count > 1024)
            _hashes.Clear();
        _hashes[key] = hash;
        return hash;
    }
}
