using System.Security.Cryptography;
using System.Text.Json;

namespace Edge.Knowledge.Packs;

/// <summary>
/// The SIGNATURE file of a pack: an ECDSA P-256 / SHA-256 signature of the SHA256SUMS file, which
/// lists the checksum of every other file, with the signer's public key. A changed chunk with
/// recomputed checksums therefore no longer matches the signature.
/// </summary>
internal sealed record PackSignature(string Algorithm, string KeyId, string PublicKey, string Signature)
{
    public const string EcdsaP256Sha256 = "ecdsa-p256-sha256";

    /// <summary>Signs <paramref name="sums"/> with the private key in <paramref name="privateKeyFile"/>.</summary>
    public static byte[] Create(byte[] sums, string privateKeyFile)
    {
        using var key = PackSigningKeys.LoadPrivate(privateKeyFile);
        var publicKey = new PackPublicKey(key.ExportSubjectPublicKeyInfo());
        var signature = key.SignData(sums, HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return JsonSerializer.SerializeToUtf8Bytes(
            new PackSignature(EcdsaP256Sha256, publicKey.Id, publicKey.ToString(), Convert.ToBase64String(signature)), PackFormat.Json);
    }

    /// <summary>
    /// Checks the pack's signature against the trusted keys; returns the signer's key id, or null
    /// for a pack without a trusted signature that <see cref="PackTrustOptions.AllowUnsigned"/> lets in.
    /// </summary>
    public static string? Verify(byte[]? signatureFile, byte[] sums, PackTrustOptions trust)
    {
        if (signatureFile is null)
        {
            return trust.AllowUnsigned ? null
                : throw new KnowledgePackException("the pack is not signed: build it with 'pack build --sign KEY', or set Knowledge:Packs:AllowUnsigned to install unsigned packs");
        }

        PackSignature? signature;
        byte[] publicKey, signed;
        try
        {
            signature = JsonSerializer.Deserialize<PackSignature>(signatureFile, PackFormat.Json);
            if (signature is null || signature.Algorithm != EcdsaP256Sha256)
                throw new KnowledgePackException($"the pack's signature uses an unknown algorithm '{signature?.Algorithm}'");
            publicKey = Convert.FromBase64String(signature.PublicKey);
            signed = Convert.FromBase64String(signature.Signature);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentNullException)
        {
            throw new KnowledgePackException($"the pack's signature is malformed: {ex.Message.ReplaceLineEndings(" ")}", ex);
        }

        var signer = PackPublicKey.Parse(Convert.ToBase64String(publicKey));
        // A signature that does not match is tampering, whatever the trust settings.
        if (!signer.Verifies(sums, signed))
            throw new KnowledgePackException($"the pack's signature does not match its content: it was changed after key {signer.Id} signed it");
        if (trust.TrustedKeys.Select(PackPublicKey.Parse).Any(k => k.Matches(publicKey)))
            return signer.Id;
        return trust.AllowUnsigned ? null
            : throw new KnowledgePackException($"the pack is signed by key {signer.Id}, which is not in Knowledge:Packs:TrustedKeys");
    }
}
