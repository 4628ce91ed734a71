using System.Security.Cryptography;

namespace Edge.Knowledge.Packs;

/// <summary>
/// The plant's pack signing keys: ECDSA P-256 from .NET's own cryptography. The private key stays
/// on the machine that builds packs (PKCS#8 PEM, readable by its owner only); the public key goes
/// into every board's <c>Knowledge:Packs:TrustedKeys</c>.
/// </summary>
public static class PackSigningKeys
{
    /// <summary>
    /// Creates a key pair: the private key at <paramref name="privateKeyFile"/> and the public key
    /// beside it with ".pub" appended. Refuses to overwrite either.
    /// </summary>
    /// <returns>The public key's one-line form and its id.</returns>
    public static (string PublicKey, string KeyId, string PublicKeyFile) Generate(string privateKeyFile)
    {
        var full = Path.GetFullPath(privateKeyFile);
        var publicFile = full + ".pub";
        if (File.Exists(full) || File.Exists(publicFile))
            throw new KnowledgePackException($"{(File.Exists(full) ? full : publicFile)} already exists; a signing key is never overwritten");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(full, options))
            writer.Write(key.ExportPkcs8PrivateKeyPem() + "\n");
        var publicKey = new PackPublicKey(key.ExportSubjectPublicKeyInfo());
        File.WriteAllText(publicFile, publicKey + "\n");
        return (publicKey.ToString(), publicKey.Id, publicFile);
    }

    /// <summary>The public key (SubjectPublicKeyInfo) of the private key in <paramref name="privateKeyFile"/>.</summary>
    internal static byte[] PublicKeyOf(string privateKeyFile)
    {
        using var key = LoadPrivate(privateKeyFile);
        return key.ExportSubjectPublicKeyInfo();
    }

    /// <summary>Loads a private key written by <see cref="Generate"/>.</summary>
    internal static ECDsa LoadPrivate(string privateKeyFile)
    {
        if (!File.Exists(privateKeyFile))
            throw new FileNotFoundException($"signing key not found: {privateKeyFile}");
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(privateKeyFile));
            if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
                throw new KnowledgePackException($"{privateKeyFile} is not an ECDSA P-256 key");
            return key;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new KnowledgePackException($"{privateKeyFile} is not a pack signing key (PEM made by 'edge-agent pack keygen'): {ex.Message}", ex);
        }
    }
}
