using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Edge.Agent.Options;
using MQTTnet;

namespace Edge.Agent.Mqtt;

/// <summary>TLS towards an external broker: a plant CA from a PEM file, optional client certificate.</summary>
internal static class BrokerTls
{
    /// <summary>Applies <c>Mqtt:Tls</c> to the client options.</summary>
    public static void Configure(MqttClientTlsOptionsBuilder tls, MqttTlsOptions options, string host)
    {
        tls.UseTls().WithTargetHost(host).WithRevocationMode(X509RevocationMode.NoCheck);
        if (options.AllowUntrustedCertificates)
        {
            tls.WithAllowUntrustedCertificates().WithIgnoreCertificateChainErrors().WithCertificateValidationHandler(_ => true);
        }
        else if (options.CaFile is { } caFile)
        {
            var authorities = new X509Certificate2Collection();
            authorities.ImportFromPemFile(caFile);
            tls.WithCertificateValidationHandler(e => IsTrusted(e.Certificate, e.SslPolicyErrors, authorities));
        }
        if (options.ClientCertFile is { } certFile)
        {
            using var pem = X509Certificate2.CreateFromPemFile(certFile, options.ClientKeyFile);
            // An ephemeral PEM key cannot be used by SslStream on every platform; a PKCS#12 round trip makes it persistable.
            var certificate = X509CertificateLoader.LoadPkcs12(pem.Export(X509ContentType.Pkcs12), null);
            tls.WithClientCertificates([certificate]);
        }
    }

    /// <summary>
    /// Trusts the broker when its certificate chains to one of the configured authorities (and only
    /// them) and its name matches the host; the system store is not consulted for a plant CA.
    /// </summary>
    internal static bool IsTrusted(X509Certificate? presented, SslPolicyErrors errors, X509Certificate2Collection authorities)
    {
        if (presented is null || errors.HasFlag(SslPolicyErrors.RemoteCertificateNameMismatch) || errors.HasFlag(SslPolicyErrors.RemoteCertificateNotAvailable))
            return false;
        using var certificate = X509CertificateLoader.LoadCertificate(presented.GetRawCertData());
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}
