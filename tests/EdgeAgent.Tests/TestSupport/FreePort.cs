using System.Net;
using System.Net.Sockets;

namespace Edge.Agent.Tests.TestSupport;

/// <summary>Ports chosen by the OS, so parallel tests and other sessions never collide.</summary>
internal static class FreePort
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

    public static async Task WaitOpenAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await IsOpenAsync(port))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"nothing listens on port {port} after {timeout.TotalSeconds} s");
            await Task.Delay(50);
        }
    }
}
