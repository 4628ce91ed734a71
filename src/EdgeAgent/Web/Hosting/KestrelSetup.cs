using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Edge.Agent.Web.Hosting;

/// <summary>Kestrel as <c>Web:Urls</c> and <c>Web:Tls</c> say (read after the options were validated).</summary>
internal sealed class KestrelSetup(IOptions<WebOptions> options) : IConfigureOptions<KestrelServerOptions>
{
    /// <inheritdoc />
    public void Configure(KestrelServerOptions kestrel)
    {
        var web = options.Value;
        kestrel.AddServerHeader = false;
        // A panel serves a handful of screens; a bound keeps a misbehaving client from using up the board.
        kestrel.Limits.MaxConcurrentConnections = 200;
        var addresses = ListenAddresses.TryParse(web.Urls, out var problem) ?? throw new OptionsValidationException(WebOptions.Section, typeof(WebOptions), [$"Web:Urls {problem}"]);
        var certificate = addresses.Any(a => a.Https) ? ServerCertificate.Load(web.Tls) : null;
        foreach (var address in addresses)
        {
            void Listen(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen)
            {
                if (address.Https)
                    listen.UseHttps(certificate!);
            }
            if (address.Address is null)
                kestrel.ListenLocalhost(address.Port, Listen);
            else
                kestrel.Listen(new IPEndPoint(address.Address, address.Port), Listen);
        }
    }
}
