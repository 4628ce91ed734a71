using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Edge.Agent.Tests.Models;

/// <summary>
/// A loopback HTTP server for pull tests: serves byte arrays by path, honours Range unless told not
/// to, and can drop the connection half-way through the first response. Records every request's
/// Range header. Nothing leaves 127.0.0.1.
/// </summary>
internal sealed class FixtureHttpServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Task _loop;
    private int _cutsLeft;

    public FixtureHttpServer()
    {
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>Range headers of the requests so far ("" when none), in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>When false the server answers every request with 200 and the whole file.</summary>
    public bool SupportsRange { get; set; } = true;

    /// <summary>The next <paramref name="count"/> responses stop after half their body and drop the connection.</summary>
    public void CutNext(int count = 1) => _cutsLeft = count;

    public string Add(string path, byte[] content)
    {
        _files[path] = content;
        return $"http://127.0.0.1:{Port}/{path}";
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var range = context.Request.Headers["Range"] ?? "";
        Requests.Enqueue(range);
        var response = context.Response;
        try
        {
            if (!_files.TryGetValue(context.Request.Url!.AbsolutePath.TrimStart('/'), out var content))
            {
                response.StatusCode = 404;
                response.Close();
                return;
            }
            long from = 0;
            if (SupportsRange && range.StartsWith("bytes=", StringComparison.Ordinal))
            {
                from = long.Parse(range[6..].TrimEnd('-'), System.Globalization.CultureInfo.InvariantCulture);
                if (from >= content.Length)
                {
                    response.StatusCode = 416;
                    response.Close();
                    return;
                }
                response.StatusCode = 206;
                response.Headers["Content-Range"] = $"bytes {from}-{content.Length - 1}/{content.Length}";
            }
            var body = content.AsMemory((int)from);
            response.ContentLength64 = body.Length;
            if (Interlocked.Decrement(ref _cutsLeft) >= 0)
            {
                await response.OutputStream.WriteAsync(body[..(body.Length / 2)]);
                await response.OutputStream.FlushAsync();
                response.Abort();
                return;
            }
            await response.OutputStream.WriteAsync(body);
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client went away; nothing to answer.
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
