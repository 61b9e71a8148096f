using OneStop.Application.Portal;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Dossiers;

namespace OneStop.Azure.Tests;

/// <summary>The portal connection's state on the Cosmos DB stand-in: guarded writes, what is due, dead letters, what was received and refused.</summary>
public class CosmosPortalStoreTests(LocalServices services) : IClassFixture<LocalServices>
{
    private CosmosPortalStore Store() => new(services.Container(CosmosSchema.Portal));

    private static string Code() => $"000.00.12.H56-261201-{Random.Shared.Next(1000, 10000)}";

    [Fact]
    public async Task Of_two_writers_from_the_same_version_one_wins_and_the_other_is_told()
    {
        var store = Store();
        var code = Code();
        var created = await store.SaveAsync(new PortalSync(code) { PendingThrough = 3 }, null);
        await Assert.ThrowsAsync<PortalStateConflictException>(() => store.SaveAsync(new PortalSync(code), null));

        await store.SaveAsync(created.Sync with { ReportedThrough = 3 }, created.ETag);

        await Assert.ThrowsAsync<PortalStateConflictException>(() => store.SaveAsync(created.Sync with { PendingThrough = 5 }, created.ETag));
        Assert.Equal((3, 3), ((await store.FindAsync(code))!.Sync.PendingThrough, (await store.FindAsync(code))!.Sync.ReportedThrough));
    }

    [Fact]
    public async Task Due_are_the_dossiers_with_events_to_report_whose_attempt_has_come_and_dead_letters_wait_apart()
    {
        var store = Store();
        var now = DateTimeOffset.UtcNow;
        var (due, later, done, dead) = (Code(), Code(), Code(), Code());
        await store.SaveAsync(new PortalSync(due) { PendingThrough = 2 }, null);
        await store.SaveAsync(new PortalSync(later) { PendingThrough = 2, NextAttemptAt = now.AddMinutes(5) }, null);
        await store.SaveAsync(new PortalSync(done) { PendingThrough = 2, ReportedThrough = 2 }, null);
        await store.SaveAsync(new PortalSync(dead) { PendingThrough = 2, DeadLetteredAt = now, LastError = "Cổng trả error_code 99" }, null);

        var found = new List<string>();
        await foreach (var stored in store.DueAsync(now, 100))
        {
            found.Add(stored.Sync.DossierCode);
            Assert.False(string.IsNullOrEmpty(stored.ETag));
        }

        Assert.Contains(due, found);
        Assert.DoesNotContain(later, found);
        Assert.DoesNotContain(done, found);
        Assert.DoesNotContain(dead, found);
        Assert.Contains(await store.DeadLettersAsync(100), s => s.DossierCode == dead && s.LastError == "Cổng trả error_code 99");
    }

    [Fact]
    public async Task What_was_received_and_refused_and_how_far_the_fetch_read_are_kept()
    {
        var store = Store();
        var portalCode = $"DVCQG-{Guid.NewGuid():N}";
        var filed = new PortalFiledDossier(portalCode, "1.999999", ApplicantKind.Citizen, "Đỗ Thị Hạnh", "019190001234", null, null, null, null, DateTimeOffset.UtcNow, []);
        await store.SaveRefusalAsync(new PortalRefusal(portalCode, DateTimeOffset.UtcNow, ["Trung tâm chưa có thủ tục mã 1.999999 trong danh mục."], filed));
        Assert.Equal("Đỗ Thị Hạnh", (await store.FindRefusalAsync(portalCode))!.Filed.ApplicantName);
        Assert.Contains(await store.RefusalsAsync(100), r => r.PortalCode == portalCode);

        await store.SaveReceivedAsync(portalCode, "000.00.12.H56-261201-0001");
        await store.RemoveRefusalAsync(portalCode);
        var until = new DateTimeOffset(2026, 12, 1, 5, 0, 0, TimeSpan.Zero);
        await store.SaveFetchedUntilAsync(until);

        Assert.Equal("000.00.12.H56-261201-0001", await store.FindReceivedAsync(portalCode));
        Assert.Null(await store.FindRefusalAsync(portalCode));
        Assert.Equal(until, await store.FetchedUntilAsync());
    }
}
