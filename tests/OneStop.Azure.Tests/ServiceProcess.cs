using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OneStop.Testing;

namespace OneStop.Azure.Tests;

/// <summary>
/// One of the local services as a process of a test's own (its own ports and folder), for tests that kill it: started
/// and waited for until its ports answer, then killed with SIGKILL, which flushes and closes nothing on the way out.
/// </summary>
internal sealed class ServiceProcess : IDisposable
{
    private readonly Process process;

    private ServiceProcess(Process process) => this.process = process;

    /// <summary>Runs a script of tools/local-services with node.</summary>
    public static async Task<ServiceProcess> StartAsync(string script, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, params int[] ports)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "tools", "local-services", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var service = new ServiceProcess(Process.Start(start)!);
        var until = DateTime.UtcNow.AddSeconds(30);
        foreach (var port in ports)
        {
            while (true)
            {
                using var probe = new TcpClient();
                try
                {
                    await probe.ConnectAsync(IPAddress.Loopback, port);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < until && !service.process.HasExited)
                {
                    await Task.Delay(100);
                }
            }
        }
        return service;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }
}
