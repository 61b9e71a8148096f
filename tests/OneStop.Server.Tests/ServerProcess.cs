using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace OneStop.Server.Tests;

/// <summary>
/// The server as its own operating-system process (the build output of src/OneStop.Server), so that it can be
/// killed with SIGKILL mid-work and started again on the same port, storage and queues.
/// </summary>
internal sealed class ServerProcess(IReadOnlyDictionary<string, string> settings) : IAsyncDisposable
{
    private static readonly string ServerDll = Path.Combine(
        Testing.RepositoryRoot.Path, "src", "OneStop.Server", "bin", AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug", "net10.0", "OneStop.Server.dll");

    private readonly List<Process> started = [];
    private Process? process;

    public int Port { get; } = FreePort();

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public int Starts { get; private set; }

    /// <summary>Starts the server unless it runs, and waits until it is ready.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (process is { HasExited: false })
        {
            return;
        }
        var start = new ProcessStartInfo("dotnet", [ServerDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(ServerDll)!,
            Environment = { ["ASPNETCORE_URLS"] = BaseAddress.ToString(), ["DOTNET_gcServer"] = "0" },
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        process = Process.Start(start)!;
        started.Add(process);
        // Drain its output so it never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Starts++;
        try
        {
            await WaitUntilReadyAsync(process, cancellationToken);
        }
        catch
        {
            // A start given up on leaves nothing running behind the next one.
            await KillAsync();
            throw;
        }
    }

    private async Task WaitUntilReadyAsync(Process process, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The server exited at start with code {process.ExitCode}.");
            }
            try
            {
                if ((await probe.GetAsync(new Uri(BaseAddress, "/health/ready"), cancellationToken)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException("The server did not become ready within a minute.");
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally block runs.</summary>
    public async Task KillAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var each in started)
        {
            if (!each.HasExited)
            {
                each.Kill(entireProcessTree: true);
                await each.WaitForExitAsync();
            }
            each.Dispose();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
