using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using OneStop.Testing;

namespace OneStop.Web.Tests;

/// <summary>
/// The workspace as it runs outside Development: no sign-in page of its own, the pages sign in with the province's
/// identity provider (OpenID Connect, code with PKCE), and the API accepts only that provider's tokens, checked with
/// the keys its metadata names. The provider is a stand-in on loopback (web/tools/identity-provider.mjs) that signs
/// real RS256 tokens for one reception officer.
/// </summary>
public sealed class ProviderSignInFixture : WorkspaceFixture
{
    public const string Audience = "api://onestop-tests";

    private Process? provider;

    public string ProviderUrl { get; private set; } = "";

    protected override string HostEnvironment => "Production";

    public override async Task InitializeAsync()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var start = new ProcessStartInfo("node", [Path.Combine(RepositoryRoot.Path, "web", "tools", "identity-provider.mjs"), port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
            {
                RedirectStandardOutput = true,
                RedirectStandardInput = true,
                Environment =
                {
                    ["ONESTOP_IDP_AUDIENCE"] = Audience,
                    ["ONESTOP_IDP_ROLE"] = "ReceptionOfficer",
                    ["ONESTOP_IDP_SUB"] = "nguyen-thi-lan",
                    ["ONESTOP_IDP_NAME"] = "Nguyễn Thị Lan",
                    ["ONESTOP_IDP_INTAKE_POINT"] = "TTPVHCC",
                },
            };
            provider = Process.Start(start)!;
        }
        var ready = await provider.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20));
        ProviderUrl = ready is { } line && line.StartsWith("ready ", StringComparison.Ordinal)
            ? line["ready ".Length..]
            : throw new InvalidOperationException($"The stand-in identity provider did not start: {ready}");
        await base.InitializeAsync();
    }

    protected override void Configure(Dictionary<string, string?> configuration)
    {
        base.Configure(configuration);
        configuration["OneStop:Jwt:Issuer"] = ProviderUrl;
        configuration["OneStop:Jwt:Audience"] = Audience;
        configuration["OneStop:Jwt:Authority"] = ProviderUrl;
        configuration["OneStop:Jwt:SigningKey"] = "";
        configuration["OneStop:Web:Authority"] = ProviderUrl;
        configuration["OneStop:Web:ClientId"] = "onestop-web";
        configuration["OneStop:Web:Scope"] = $"{Audience}/access_as_user";
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (provider is { HasExited: false })
        {
            provider.Kill(entireProcessTree: true);
            await provider.WaitForExitAsync();
        }
        provider?.Dispose();
    }
}
