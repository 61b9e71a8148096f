using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Portal;
using OneStop.PortalSimulator;

namespace OneStop.Server.Tests;

/// <summary>The other way in: the center asks the portal for new dossiers on a schedule (OneStop:Portal:Inbound Fetch).</summary>
public class PortalFetchTests(FetchingPortalFixture server) : IClassFixture<FetchingPortalFixture>
{
    [Fact]
    public async Task Dossiers_filed_on_the_portal_are_fetched_once_each_even_when_listed_twice_and_newest_first()
    {
        int before = await server.CountDossiersAsync();
        await server.FaultsAsync(new FaultRequest(Duplicates: 1, Reorder: true));
        var first = await server.FileOnPortalAsync(name: "Hoàng Văn Sơn", citizenId: "019088001122");
        var second = await server.FileOnPortalAsync(name: "Đinh Thị Thu", citizenId: "019192003344");
        var store = server.Services.GetRequiredService<IPortalStore>();

        var codes = new[]
        {
            await ServerFixture.EventuallyAsync(() => store.FindReceivedAsync(first)),
            await ServerFixture.EventuallyAsync(() => store.FindReceivedAsync(second)),
        };
        await Task.Delay(1_500); // further fetches list them again

        Assert.Equal(before + 2, await server.CountDossiersAsync());
        Assert.Equal(("Hoàng Văn Sơn", 1), ((await server.GetDossierAsync(codes[0])).ApplicantName, (await server.GetDossierAsync(codes[0])).Status));
        var known = await ServerFixture.EventuallyAsync(async () => await server.OnPortalAsync(first) is { } k && k["progress"]!.AsArray().Count > 0 ? k : null);
        Assert.Equal("1", known["progress"]![0]!["trangThai"]!.GetValue<string>());
    }
}
