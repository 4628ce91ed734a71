using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web;

/// <summary>The <c>Web</c> section: the panel the agent serves to the plant network.</summary>
internal sealed class WebOptions
{
    /// <summary>Configuration section name.</summary>
    public const string Section = "Web";

    /// <summary>Serve the panel at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where to listen, separated by ';'. All interfaces by default, so the panel PC beside the machine
    /// reaches it; <c>https://</c> needs <c>Web:Tls:CertificateFile</c>.
    /// </summary>
    [Required(ErrorMessage = "Web:Urls must name at least one http:// or https:// address")]
    public string Urls { get; set; } = "http://0.0.0.0:8080";

    /// <summary>
    /// PBKDF2 hash of the admin password (<c>edge-agent web set-password</c>). Without it every action
    /// that changes something (upload, remove, quality runs) is off, not open.
    /// </summary>
    public string? AdminPasswordHash { get; set; }

    /// <summary>How long an admin login lasts without use.</summary>
    [Range(1, 1440, ErrorMessage = "Web:AdminSessionMinutes must be between 1 and 1440")]
    public int AdminSessionMinutes { get; set; } = 60;

    /// <summary>Largest file the Knowledge page may upload (each file also obeys Knowledge:MaxFileSizeMb).</summary>
    [Range(1, 2048, ErrorMessage = "Web:MaxUploadMb must be between 1 and 2048")]
    public int MaxUploadMb { get; set; } = 100;

    /// <summary>Longest a web question waits for its answer before the request gives up (the answer still comes on the feed).</summary>
    [Range(1, 3600, ErrorMessage = "Web:AskTimeoutSeconds must be between 1 and 3600")]
    public int AskTimeoutSeconds { get; set; } = 180;

    /// <summary>Failed logins.</summary>
    [ValidateObjectMembers]
    public WebLoginOptions Login { get; set; } = new();

    /// <summary>The certificate for https:// addresses.</summary>
    public WebTlsOptions Tls { get; set; } = new();
}

/// <summary><c>Web:Login</c>: how failed logins are slowed down.</summary>
internal sealed class WebLoginOptions
{
    /// <summary>Failed logins from one address within <see cref="WindowSeconds"/> before it must wait.</summary>
    [Range(1, 1000, ErrorMessage = "Web:Login:MaxFailures must be between 1 and 1000")]
    public int MaxFailures { get; set; } = 5;

    /// <summary>The window failures are counted in; a locked-out address waits until it has passed.</summary>
    [Range(1, 86_400, ErrorMessage = "Web:Login:WindowSeconds must be between 1 and 86400")]
    public int WindowSeconds { get; set; } = 300;
}

/// <summary><c>Web:Tls</c>: the server certificate (PEM certificate and key, or a PKCS#12 file).</summary>
internal sealed class WebTlsOptions
{
    /// <summary>PEM certificate (with <see cref="KeyFile"/>, or holding the key) or a .pfx/.p12 file.</summary>
    public string? CertificateFile { get; set; }

    /// <summary>PEM private key of <see cref="CertificateFile"/>.</summary>
    public string? KeyFile { get; set; }

    /// <summary>Password of a .pfx/.p12 file or an encrypted PEM key.</summary>
    public string? Password { get; set; }
}
