using OneStop.Azure.Cosmos;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Azure.Tests;

public class CosmosDossierCodeAllocatorTests(LocalServices services) : IClassFixture<LocalServices>
{
    private readonly CosmosDossierCodeAllocator allocator = new(services.Container(CosmosSchema.Counters));

    [Fact]
    public async Task Codes_of_a_day_start_at_0001_and_follow_each_other()
    {
        var agency = new AgencyCode("000.00.12.H56");
        var day = new DateOnly(2026, 11, 23);

        var first = await allocator.NextAsync(DossierCodeSeries.General(agency, day));
        var second = await allocator.NextAsync(DossierCodeSeries.General(agency, day));

        Assert.Equal("000.00.12.H56-261123-0001", first.Value);
        Assert.Equal("000.00.12.H56-261123-0002", second.Value);
    }

    [Fact]
    public async Task Each_agency_and_each_day_has_its_own_sequence()
    {
        var nextDay = await allocator.NextAsync(DossierCodeSeries.General(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 11, 24)));
        var otherAgency = await allocator.NextAsync(DossierCodeSeries.General(new AgencyCode("000.00.15.H56"), new DateOnly(2026, 11, 24)));
        Assert.Equal(1, nextDay.Sequence);
        Assert.Equal(1, otherAgency.Sequence);
    }

    [Fact]
    public async Task A_centrally_provided_service_s_series_is_counted_apart_from_the_agency_s_general_day()
    {
        var agency = new AgencyCode("H56.123.45");
        var day = new DateOnly(2026, 11, 25);
        var central = new DossierCodeSeries(DossierCodeFormats.All.Single(f => f.AppliesTo == CodeScope.CentrallyProvided), agency, day, "01");

        var general = await allocator.NextAsync(DossierCodeSeries.General(agency, day));
        var first = await allocator.NextAsync(central);
        var second = await allocator.NextAsync(central);

        Assert.Equal("H56.123.45-261125-0001", general.Value);
        Assert.Equal(["H56.123.45-261125-010001", "H56.123.45-261125-010002"], new[] { first.Value, second.Value });
    }

    [Fact]
    public async Task Two_hundred_parallel_allocations_never_share_a_code()
    {
        var agency = new AgencyCode("000.00.99.H56");
        var day = new DateOnly(2026, 12, 1);

        var codes = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => allocator.NextAsync(DossierCodeSeries.General(agency, day)))));

        Assert.Equal(200, codes.Select(c => c.Value).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 200), codes.Select(c => c.Sequence).Order());
    }

    [Fact]
    public async Task The_10000th_dossier_of_a_busy_day_is_numbered_not_refused()
    {
        var agency = new AgencyCode("000.00.98.H56");
        var day = new DateOnly(2026, 12, 2);
        // The day's counter as 9,999 dossiers left it (written as the allocator writes it, not 9,999 calls).
        await services.Container(CosmosSchema.Counters).UpsertItemAsync(
            new { id = $"{agency.Value}-261202", last = 9_999 }, new Microsoft.Azure.Cosmos.PartitionKey($"{agency.Value}-261202"));

        var code = await allocator.NextAsync(DossierCodeSeries.General(agency, day));

        Assert.Equal("000.00.98.H56-261202-10000", code.Value);
    }
}
