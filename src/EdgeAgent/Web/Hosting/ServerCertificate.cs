using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Edge.Agent.Web.Hosting;

/// <summary>Loads the panel's TLS certificate from <c>Web:Tls</c>: PEM (certificate and key) or PKCS#12.</summary>
internal static class ServerCertificate
{
    /// <summary>The certificate with its private key.</summary>
    /// <exception cref="CryptographicException">The files are not a certificate with a usable private key.</exception>
    public static X509Certificate2 Load(WebTlsOptions tls)
    {
        var file = tls.CertificateFile ?? throw new CryptographicException("Web:Tls:CertificateFile is not set");
        var certificate = Path.GetExtension(file).ToLowerInvariant() is ".pfx" or ".p12"
            ? X509CertificateLoader.LoadPkcs12FromFile(file, tls.Password)
            : string.IsNullOrEmpty(tls.Password)
                ? X509Certificate2.CreateFromPemFile(file, tls.KeyFile)
                : X509Certificate2.CreateFromEncryptedPemFile(file, tls.Password, tls.KeyFile);
        if (!certificate.HasPrivateKey)
        {
            certificate.Dispose();
            throw new CryptographicException("the certificate has no private key (give Web:Tls:KeyFile)");
        }
        return certificate;
    }

    /// <summary>Null when the certificate loads; otherwise why not.</summary>
    public static string? Problem(WebTlsOptions tls)
    {
        try
        {
            using var certificate = Load(tls);
            return null;
        }
        catch (CryptographicException ex)
        {
            return ex.Message;
        }
    }
}
