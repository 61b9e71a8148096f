using OneStop.Application.Reports;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Reporting;

namespace OneStop.Azure.Tests;

/// <summary>The scorecard's aggregate records on the Cosmos DB stand-in: one per day and point; newer readings win; a period skips what cannot count.</summary>
public class CosmosScoreCountStoreTests(LocalServices services) : IClassFixture<LocalServices>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private readonly CosmosScoreCountStore store = new(services.Container(CosmosSchema.Scores));

    /// <summary>An entry whose code is the procedure's (unique to the test's run) and a name: records of a day and point are shared.</summary>
    private static ScoreEntry Entry(string name, int version, DateOnly day, string procedure, ScoreEnd end = ScoreEnd.Open, DateTimeOffset? endedAt = null)
    {
        var code = $"{procedure}-{name}";
        var received = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), Vietnam);
        return new(code, version, day, received, "TTPVHCC", "Trung tâm", procedure, "Thủ tục thử", ["SXD"], true, received.AddDays(10), [], end, endedAt,
            null, null, true, false, null);
    }

    private async Task<List<ScoreRecord>> ReadAsync(DateTimeOffset from, DateOnly lastDay, string procedure) =>
        await store.ForPeriodAsync(from, lastDay).Select(r => r with { Entries = [.. r.Entries.Where(e => e.Procedure == procedure)] }).Where(r => r.Entries.Count > 0).ToListAsync();

    [Fact]
    public async Task Entries_of_a_day_share_a_record_and_a_newer_reading_replaces_an_older_never_the_reverse()
    {
        var procedure = $"T.{Guid.NewGuid():N}"[..12];
        var day = new DateOnly(2026, 11, 23);
        await store.RecordAsync(Entry("a", 3, day, procedure));
        await store.RecordAsync(Entry("b", 3, day, procedure));
        await store.RecordAsync(Entry("a", 7, day, procedure, ScoreEnd.Result, new DateTimeOffset(2026, 11, 25, 9, 0, 0, Vietnam)));
        await store.RecordAsync(Entry("a", 5, day, procedure)); // late, older
        await store.RecordAsync(Entry("a", 7, day, procedure, ScoreEnd.Result, new DateTimeOffset(2026, 11, 25, 9, 0, 0, Vietnam))); // repeated

        var record = Assert.Single(await ReadAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, Vietnam), new DateOnly(2026, 11, 30), procedure));

        Assert.Equal([$"{procedure}-a", $"{procedure}-b"], record.Entries.Select(e => e.Code).Order());
        var a = record.Entries.Single(e => e.Code == $"{procedure}-a");
        Assert.Equal((7, ScoreEnd.Result, "Thủ tục thử"), (a.Version, a.End, a.ProcedureName));
    }

    [Fact]
    public async Task A_period_reads_records_still_open_or_ended_in_it_and_none_received_after_it()
    {
        var procedure = $"T.{Guid.NewGuid():N}"[..12];
        await store.RecordAsync(Entry("ended-before", 5, new DateOnly(2026, 9, 1), procedure, ScoreEnd.Result, new DateTimeOffset(2026, 9, 20, 9, 0, 0, Vietnam)));
        await store.RecordAsync(Entry("open-since-october", 5, new DateOnly(2026, 10, 5), procedure));
        await store.RecordAsync(Entry("received-in-december", 5, new DateOnly(2026, 12, 2), procedure));

        var november = await ReadAsync(new DateTimeOffset(2026, 11, 1, 0, 0, 0, Vietnam), new DateOnly(2026, 11, 30), procedure);

        Assert.Equal([$"{procedure}-open-since-october"], november.SelectMany(r => r.Entries).Select(e => e.Code));
    }
}
