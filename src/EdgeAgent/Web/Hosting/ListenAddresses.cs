using System.Net;

namespace Edge.Agent.Web.Hosting;

/// <summary>One address from <c>Web:Urls</c>.</summary>
/// <param name="Https">Serve TLS.</param>
/// <param name="Address">The IP address to bind; null for "localhost" (loopback, both IPv4 and IPv6).</param>
/// <param name="Port">TCP port; 0 lets the system choose (tests).</param>
internal sealed record ListenAddress(bool Https, IPAddress? Address, int Port);

/// <summary>Parses <c>Web:Urls</c>: <c>http(s)://IP-or-localhost:port</c>, separated by ';'.</summary>
internal static class ListenAddresses
{
    /// <summary>The addresses, or null with <paramref name="problem"/> saying what is wrong.</summary>
    public static IReadOnlyList<ListenAddress>? TryParse(string? urls, out string? problem)
    {
        problem = null;
        var parts = (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            problem = "must name at least one http:// or https:// address";
            return null;
        }
        var result = new List<ListenAddress>(parts.Length);
        foreach (var part in parts)
        {
            if (Parse(part) is not { } address)
            {
                problem = $"'{part}' is not http(s)://ADDRESS:PORT with an IP address or localhost (e.g. http://0.0.0.0:8080)";
                return null;
            }
            result.Add(address);
        }
        return result;
    }

    private static ListenAddress? Parse(string url)
    {
        // "0.0.0.0" and "[::]" are valid IPs for Uri; a host name other than localhost is refused,
        // because Kestrel cannot bind to a name and would silently listen everywhere.
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath != "/" || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.UserInfo))
            return null;
        var https = uri.Scheme == "https";
        if (uri.IsLoopback && string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            return new ListenAddress(https, null, uri.Port);
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? new ListenAddress(https, ip, uri.Port) : null;
    }
}
