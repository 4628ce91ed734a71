using System.Net;
using System.Net.Sockets;

namespace Edge.TestSupport;

/// <summary>Loopback ports chosen by the OS, so parallel tests and other sessions never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<bool> IsOpenAsync(int port, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>Waits until something accepts connections on <paramref name="port"/>; <paramref name="alive"/> false ends the wait early (the server died).</summary>
    public static async Task WaitOpenAsync(int port, Func<bool>? alive = null, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(TestTimeouts.Hang);
        while (!await IsOpenAsync(port, limit.Token))
        {
            if (alive is not null && !alive())
                throw new InvalidOperationException($"the server for port {port} exited before it listened");
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20), limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"nothing listens on port {port} after {TestTimeouts.Hang.TotalSeconds:0} s");
            }
        }
    }
}
