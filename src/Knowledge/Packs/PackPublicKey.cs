using System.Security.Cryptography;

namespace Edge.Knowledge.Packs;

/// <summary>
/// A pack signer's public key: ECDSA over NIST P-256, carried as base64 of its SubjectPublicKeyInfo
/// (one line, easy to paste into configuration). Its id is the first 16 hex digits of the SHA-256
/// of those bytes.
/// </summary>
internal sealed record PackPublicKey(byte[] SubjectPublicKeyInfo)
{
    /// <summary>Short, stable name of the key, shown in install output and status.</summary>
    public string Id => Convert.ToHexStringLower(SHA256.HashData(SubjectPublicKeyInfo))[..16];

    /// <summary>The one-line form (base64).</summary>
    public override string ToString() => Convert.ToBase64String(SubjectPublicKeyInfo);

    /// <summary>True when <paramref name="other"/> is the same key.</summary>
    public bool Matches(byte[] other) => SubjectPublicKeyInfo.AsSpan().SequenceEqual(other);

    /// <summary>Checks <paramref name="signature"/> (DER) of <paramref name="data"/>.</summary>
    public bool Verifies(byte[] data, byte[] signature)
    {
        using var key = Load(SubjectPublicKeyInfo);
        return key.VerifyData(data, signature, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
    }

    /// <summary>Reads a key from its one-line form, a PEM block, or a file holding either.</summary>
    public static PackPublicKey Parse(string keyOrFile)
    {
        var text = keyOrFile.Trim();
        if (File.Exists(text))
            text = File.ReadAllText(text).Trim();
        try
        {
            if (text.StartsWith("-----BEGIN", StringComparison.Ordinal))
            {
                using var pem = ECDsa.Create();
                pem.ImportFromPem(text);
                return Checked(pem.ExportSubjectPublicKeyInfo());
            }
            return Checked(Convert.FromBase64String(text));
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException or ArgumentException)
        {
            throw new KnowledgePackException($"not a pack public key (expected the base64 line of a .pub file made by 'edge-agent pack keygen', or its path): {ex.Message}", ex);
        }
    }

    private static PackPublicKey Checked(byte[] subjectPublicKeyInfo)
    {
        using var key = Load(subjectPublicKeyInfo);
        return new PackPublicKey(subjectPublicKeyInfo);
    }

    private static ECDsa Load(byte[] subjectPublicKeyInfo)
    {
        var key = ECDsa.Create();
        key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
        if (key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new KnowledgePackException("pack keys are ECDSA P-256; this key uses another curve");
        }
        return key;
    }
}
