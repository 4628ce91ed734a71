using Edge.Agent.Web.Auth;
using Edge.Agent.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web;

/// <summary>Rules across keys and file checks: addresses parse, https has a certificate, the hash is ours.</summary>
internal sealed class WebOptionsRules : IValidateOptions<WebOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, WebOptions options)
    {
        if (!options.Enabled)
            return ValidateOptionsResult.Success;
        var errors = new List<string>();
        var endpoints = ListenAddresses.TryParse(options.Urls, out var problem);
        if (endpoints is null)
            errors.Add($"Web:Urls {problem}");
        else if (endpoints.Any(e => e.Https) && string.IsNullOrWhiteSpace(options.Tls.CertificateFile))
            errors.Add("Web:Tls:CertificateFile is required for an https:// address in Web:Urls");
        CheckFile(errors, "Web:Tls:CertificateFile", options.Tls.CertificateFile);
        CheckFile(errors, "Web:Tls:KeyFile", options.Tls.KeyFile);
        if (errors.Count == 0 && !string.IsNullOrWhiteSpace(options.Tls.CertificateFile) && ServerCertificate.Problem(options.Tls) is { } certificateProblem)
            errors.Add($"Web:Tls:CertificateFile cannot be used: {certificateProblem}");
        if (!string.IsNullOrEmpty(options.AdminPasswordHash) && !AdminPassword.IsWellFormed(options.AdminPasswordHash))
            errors.Add("Web:AdminPasswordHash is not a hash made by 'edge-agent web set-password'");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckFile(List<string> errors, string key, string? path)
    {
        if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
            errors.Add($"{key} file not found: {path}");
    }
}
