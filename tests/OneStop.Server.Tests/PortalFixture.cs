using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneStop.PortalSimulator;

namespace OneStop.Server.Tests;

/// <summary>
/// A server connected to the portal simulator on loopback: the simulator pushes the dossiers filed on it (or, with
/// <see cref="Inbound"/> Fetch, waits to be asked), and receives the server's reports. Calls time out after a second
/// and are retried after 200 ms, so that faults play out within a test.
/// </summary>
public class PortalFixture : ServerFixture
{
    private readonly int serverPort = FreePort();
    private WebApplication? simulator;

    public string Username { get; } = "onestop-test";

    public string Password { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));

    public string PushKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));

    public HttpClient Simulator { get; private set; } = null!;

    protected virtual string Inbound => "Push";

    public override async Task InitializeAsync()
    {
        simulator = SimulatorApp.Build([], configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Simulator:Username"] = Username,
            ["Simulator:Password"] = Password,
            ["Simulator:PushUrl"] = Inbound == "Push" ? $"http://127.0.0.1:{serverPort}/api/portal/dossiers" : null,
            ["Simulator:PushKey"] = PushKey,
            ["Simulator:HangFor"] = "00:00:05",
        }));
        await simulator.StartAsync();
        Simulator = new HttpClient { BaseAddress = new Uri(simulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        await base.InitializeAsync();
    }

    protected override void Configure(Dictionary<string, string?> configuration)
    {
        configuration["urls"] = $"http://127.0.0.1:{serverPort}";
        configuration["OneStop:Portal:Enabled"] = "true";
        configuration["OneStop:Portal:AdapterUrl"] = Simulator.BaseAddress!.ToString();
        configuration["OneStop:Portal:Username"] = Username;
        configuration["OneStop:Portal:Password"] = Password;
        configuration["OneStop:Portal:UnitCode"] = "000.00.00.H56";
        configuration["OneStop:Portal:Inbound"] = Inbound;
        configuration["OneStop:Portal:InboundKey"] = PushKey;
        configuration["OneStop:Portal:IntakePointCode"] = "TTPVHCC";
        configuration["OneStop:Portal:Timeout"] = "00:00:01";
        configuration["OneStop:Portal:FirstRetryAfter"] = "00:00:00.200";
        configuration["OneStop:Portal:MaxRetryAfter"] = "00:00:01";
        configuration["OneStop:Portal:MaxAttempts"] = "4";
        configuration["OneStop:Portal:SweepInterval"] = "00:00:00.200";
        configuration["OneStop:Portal:FetchInterval"] = "00:00:00.500";
    }

    /// <summary>Files a building permit on the portal as a citizen would, with its three papers: the portal's code.</summary>
    public async Task<string> FileOnPortalAsync(string procedure = Submissions.BuildingPermit, string name = "Đỗ Thị Hạnh", string citizenId = "019190001234")
    {
        var papers = new[] { ("don", "Đơn đề nghị.pdf"), ("ban-ve", "Bản vẽ.pdf"), ("dat", "Giấy tờ đất.pdf") };
        var dossier = new JsonObject
        {
            ["MaTTHC"] = procedure,
            ["TenTTHC"] = "Cấp giấy phép xây dựng",
            ["ChuHoSo"] = name,
            ["LoaiDoiTuong"] = "1",
            ["MaDoiTuong"] = citizenId,
            ["SoDienThoai"] = "0987654321",
            ["Email"] = "hanh@example.vn",
            ["DiaChi"] = "Số 12, đường Hoàng Văn Thụ, phường Phan Đình Phùng, Thái Nguyên",
            ["TrangThaiHoSo"] = "1",
            ["DonViXuLy"] = "Sở Xây dựng",
            ["TaiLieuNop"] = new JsonArray([.. papers.Select(p => (JsonNode)new JsonObject { ["MaThanhPhanHoSo"] = p.Item1, ["TenTepDinhKem"] = p.Item2 })]),
        };
        var files = papers.Select(p => new FileContent(p.Item2, Convert.ToBase64String(Submissions.Pdf(3_000)))).ToList();
        var response = await Simulator.PostAsJsonAsync("/_sim/filed", new FileRequest(dossier, files));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["maHoSo"]!.GetValue<string>();
    }

    /// <summary>The center's code for a dossier filed on the portal, once the portal delivered it and the center answered.</summary>
    public Task<string> DeliveredAsync(string portalCode) =>
        EventuallyAsync(async () => (await Simulator.GetFromJsonAsync<JsonArray>("/_sim/filed"))!.OfType<JsonObject>()
            .FirstOrDefault(f => f["maHoSo"]!.GetValue<string>() == portalCode)?["provinceCode"]?.GetValue<string>());

    /// <summary>What the portal knows of a dossier: its latest whole form, the statuses it was synced with, its progress.</summary>
    public async Task<JsonObject?> OnPortalAsync(string portalCode)
    {
        var response = await Simulator.GetAsync($"/_sim/dossiers/{Uri.EscapeDataString(portalCode)}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonObject>();
    }

    public async Task FaultsAsync(FaultRequest faults) => (await Simulator.PostAsJsonAsync("/_sim/faults", faults)).EnsureSuccessStatusCode();

    /// <summary>The portal's outage is over: faults not yet suffered are dropped.</summary>
    public async Task ClearFaultsAsync() => (await Simulator.DeleteAsync("/_sim/faults")).EnsureSuccessStatusCode();

    public async Task<JsonArray> CallsAsync() => (await Simulator.GetFromJsonAsync<JsonArray>("/_sim/calls"))!;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (simulator is not null)
        {
            await simulator.StopAsync();
            await simulator.DisposeAsync();
        }
        Simulator?.Dispose();
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}

/// <summary>The same, the center fetching the portal's dossiers on a schedule instead of the portal pushing them.</summary>
public sealed class FetchingPortalFixture : PortalFixture
{
    protected override string Inbound => "Fetch";
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
