namespace Edge.Agent.Models;

/// <summary>The HTTP client of <c>models pull</c>; proxies come from HTTP(S)_PROXY as usual.</summary>
internal static class ModelHttp
{
    /// <summary>A client without an overall timeout (models are large); stalls are caught per read.</summary>
    public static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = TimeSpan.FromSeconds(30),
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = 10,
        };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"edge-agent/{AgentVersion.Current}");
        return client;
    }
}
