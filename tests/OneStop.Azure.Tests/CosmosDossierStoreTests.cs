using System.Text.Json;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Azure.Tests;

public class CosmosDossierStoreTests(LocalServices services) : IClassFixture<LocalServices>
{
    private readonly CosmosDossierStore store = new(services.Container(CosmosSchema.Dossiers));

    private static int sequence;

    /// <summary>A dossier with a code no other test of the class uses.</summary>
    private static Dossier NewDossier(Func<Dossier, Dossier>? advance = null)
    {
        var dossier = Filed(sequence: Interlocked.Increment(ref sequence));
        return advance is null ? dossier : advance(dossier);
    }

    private static string Json(Dossier dossier) => JsonSerializer.Serialize(dossier, DomainJson.Options);

    [Fact]
    public async Task A_dossier_comes_back_exactly_as_it_was_stored()
    {
        var dossier = NewDossier(d => Decide(Apply(d, new Receive { Actor = Officer }, Monday9), Construction, 0, DecisionKind.RequestSupplement, At(11, 24, 9)));
        var created = await store.CreateAsync(dossier, null);

        var found = await store.FindAsync(dossier.Code);

        Assert.NotNull(found);
        Assert.Equal(Json(dossier), Json(found.Dossier));
        Assert.Equal(created.ETag, found.ETag);
        Assert.Equal("Trần Văn Bình", found.Dossier.Applicant.FullName);
        Assert.Equal("001085012345", found.Dossier.Applicant.CitizenId.Value);
    }

    [Fact]
    public async Task A_missing_dossier_is_not_found()
    {
        Assert.Null(await store.FindAsync(DossierCode.Parse("000.00.12.H56-991231-9999")));
    }

    [Fact]
    public async Task The_same_code_cannot_be_created_twice()
    {
        var dossier = NewDossier();
        await store.CreateAsync(dossier, null);
        await Assert.ThrowsAsync<DossierConflictException>(() => store.CreateAsync(dossier, null));
    }

    [Fact]
    public async Task Of_two_writers_from_the_same_version_one_wins_and_the_other_is_told()
    {
        var dossier = NewDossier();
        var stored = await store.CreateAsync(dossier, null);
        var byOfficer = Apply(dossier, new Receive { Actor = Officer }, Monday9);
        var byCitizen = Apply(dossier, new RequestWithdrawal("Không còn nhu cầu") { Actor = Citizen }, Monday9);

        var results = await Task.WhenAll(
            Attempt(() => store.ReplaceAsync(byOfficer, null, stored.ETag)),
            Attempt(() => store.ReplaceAsync(byCitizen, null, stored.ETag)));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r is DossierConflictException);
        var final = (await store.FindAsync(dossier.Code))!.Dossier;
        Assert.Contains(final.Status, new[] { DossierStatus.Processing, DossierStatus.Stopped });
    }

    [Fact]
    public async Task A_write_from_a_stale_version_is_refused_and_changes_nothing()
    {
        var dossier = NewDossier();
        var first = await store.CreateAsync(dossier, null);
        var received = Apply(dossier, new Receive { Actor = Officer }, Monday9);
        await store.ReplaceAsync(received, null, first.ETag);

        await Assert.ThrowsAsync<DossierConflictException>(() => store.ReplaceAsync(dossier, null, first.ETag));
        Assert.Equal(DossierStatus.Processing, (await store.FindAsync(dossier.Code))!.Dossier.Status);
    }

    [Fact]
    public async Task Only_dossiers_whose_wake_time_has_come_are_due_earliest_first()
    {
        var now = new DateTimeOffset(2026, 11, 23, 10, 0, 0, Vietnam);
        var late = NewDossier();
        var early = NewDossier();
        var notYet = NewDossier();
        var never = NewDossier();
        await store.CreateAsync(late, now.AddMinutes(-1));
        await store.CreateAsync(early, now.AddDays(-1));
        await store.CreateAsync(notYet, now.AddMinutes(1));
        await store.CreateAsync(never, null);

        var due = await store.DueAsync(now, 100).Select(d => d.Dossier.Id).ToListAsync();

        var mine = due.Where(id => id == late.Id || id == early.Id || id == notYet.Id || id == never.Id).ToList();
        Assert.Equal([early.Id, late.Id], mine);
        Assert.Single(await store.DueAsync(now, 1).ToListAsync());
    }

    [Fact]
    public async Task The_store_counts_what_a_filter_selects_without_reading_the_dossiers()
    {
        var received = new DossierFilter { ReceivedFrom = Monday9, ReceivedTo = Monday9.AddMinutes(1), Statuses = [DossierStatus.Processing] };
        var before = await store.CountAsync(received);
        await store.CreateAsync(NewDossier(d => Apply(d, new Receive { Actor = Officer }, Monday9)), null);
        await store.CreateAsync(NewDossier(d => Apply(d, new Receive { Actor = Officer }, Monday9)), null);
        await store.CreateAsync(NewDossier(), null); // filed, not received

        Assert.Equal(before + 2, await store.CountAsync(received));
    }

    [Fact]
    public async Task A_department_sees_the_dossiers_with_a_step_under_way_there()
    {
        var atConstruction = NewDossier(d => Apply(d, new Receive { Actor = Officer }, Monday9));
        var atAgriculture = NewDossier(d => Decide(Apply(d, new Receive { Actor = Officer }, Monday9), Construction, 0, DecisionKind.Approve, At(11, 24, 9)));
        await store.CreateAsync(atConstruction, null);
        await store.CreateAsync(atAgriculture, null);

        var construction = await store.InStatusAsync(DossierStatus.Processing, Construction).Select(d => d.Dossier.Id).ToListAsync();
        var agriculture = await store.InStatusAsync(DossierStatus.Processing, Agriculture).Select(d => d.Dossier.Id).ToListAsync();

        Assert.Contains(atConstruction.Id, construction);
        Assert.DoesNotContain(atAgriculture.Id, construction);
        Assert.Contains(atAgriculture.Id, agriculture);
        Assert.DoesNotContain(atConstruction.Id, agriculture);
    }

    [Fact]
    public async Task A_period_holds_what_was_received_before_its_end_and_not_ended_before_its_start()
    {
        var period = new ReportPeriod(At(12, 1, 0), new DateTimeOffset(2027, 1, 1, 0, 0, 0, Vietnam));
        var open = NewDossier(d => Apply(d, new Receive { Actor = Officer }, Monday9));
        var endedBefore = NewDossier(d => Apply(Apply(d, new Receive { Actor = Officer }, Monday9), new RequestWithdrawal("") { Actor = Citizen }, At(11, 24, 9)));
        var notReceived = NewDossier();
        foreach (var dossier in new[] { open, endedBefore, notReceived })
        {
            await store.CreateAsync(dossier, null);
        }

        var ids = await store.ForPeriodAsync(period).Select(d => d.Dossier.Id).ToListAsync();

        Assert.Contains(open.Id, ids);
        Assert.DoesNotContain(endedBefore.Id, ids);
        Assert.DoesNotContain(notReceived.Id, ids);
    }

    [Fact]
    public async Task Dossiers_with_undispatched_commands_can_be_found()
    {
        var pending = NewDossier();
        var dispatched = NewDossier();
        await store.CreateAsync(pending, null);
        await store.CreateAsync(dispatched.WithDispatched(dispatched.Outbox.Select(c => c.Id)), null);

        var ids = await store.WithPendingOutboxAsync(DateTimeOffset.UtcNow.AddSeconds(1), 1000).Select(d => d.Dossier.Id).ToListAsync();
        var savedLater = await store.WithPendingOutboxAsync(DateTimeOffset.UtcNow.AddMinutes(-1), 1000).Select(d => d.Dossier.Id).ToListAsync();

        Assert.Contains(pending.Id, ids);
        Assert.DoesNotContain(dispatched.Id, ids);
        Assert.DoesNotContain(pending.Id, savedLater);
    }

    private static async Task<Exception?> Attempt(Func<Task> write)
    {
        try
        {
            await write();
            return null;
        }
        catch (DossierConflictException e)
        {
            return e;
        }
    }
}
