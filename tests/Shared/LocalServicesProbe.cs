using System.Net.Sockets;

namespace OneStop.Testing;

/// <summary>Fails early, with what to do, when the local services the integration tests need are not running.</summary>
internal static class LocalServicesProbe
{
    public static async Task RequireAsync()
    {
        foreach (var (port, what) in new[] { (10000, "Azurite Blob"), (10001, "Azurite Queue"), (8081, "the Cosmos DB stand-in") })
        {
            using var probe = new TcpClient();
            try
            {
                await probe.ConnectAsync("127.0.0.1", port);
            }
            catch (SocketException)
            {
                throw new InvalidOperationException($"{what} does not answer on 127.0.0.1:{port}. Start the local services with: bash tools/services.sh start");
            }
        }
    }
}
