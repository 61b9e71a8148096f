using Microsoft.Extensions.Time.Testing;
using OneStop.Application.Filing;
using OneStop.Azure.Cosmos;

namespace OneStop.Azure.Tests;

/// <summary>One effect per Idempotency-Key, including after a request that died half-way.</summary>
public class CosmosIdempotencyLedgerTests(LocalServices services) : IClassFixture<LocalServices>
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 2, 0, 0, TimeSpan.Zero));

    private CosmosIdempotencyLedger Ledger() => new(services.Container(CosmosSchema.Idempotency), clock, TimeSpan.FromSeconds(30));

    private static string Key() => Guid.NewGuid().ToString();

    [Fact]
    public async Task The_first_claim_goes_ahead_and_a_repeat_gets_its_result()
    {
        var ledger = Ledger();
        var key = Key();
        Assert.Equal(ClaimOutcome.Claimed, (await ledger.ClaimAsync(key, "form-a")).Outcome);
        await ledger.CompleteAsync(key, "result-a");
        Assert.Equal(new IdempotencyClaim(ClaimOutcome.Completed, "result-a"), await ledger.ClaimAsync(key, "form-a"));
    }

    [Fact]
    public async Task A_key_used_for_another_request_is_a_mismatch()
    {
        var ledger = Ledger();
        var key = Key();
        await ledger.ClaimAsync(key, "form-a");
        Assert.Equal(ClaimOutcome.Mismatch, (await ledger.ClaimAsync(key, "form-b")).Outcome);
    }

    [Fact]
    public async Task A_claim_being_worked_on_is_in_progress_until_it_goes_stale_then_taken_over()
    {
        var ledger = Ledger();
        var key = Key();
        await ledger.ClaimAsync(key, "form-a");
        Assert.Equal(ClaimOutcome.InProgress, (await ledger.ClaimAsync(key, "form-a")).Outcome);

        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(ClaimOutcome.Claimed, (await ledger.ClaimAsync(key, "form-a")).Outcome);
    }

    [Fact]
    public async Task A_request_that_died_after_noting_its_result_is_answered_as_interrupted_with_it()
    {
        var ledger = Ledger();
        var key = Key();
        await ledger.ClaimAsync(key, "form-a");
        await ledger.NoteResultAsync(key, "result-a");
        Assert.Equal(ClaimOutcome.InProgress, (await ledger.ClaimAsync(key, "form-a")).Outcome);

        clock.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(new IdempotencyClaim(ClaimOutcome.Interrupted, "result-a"), await ledger.ClaimAsync(key, "form-a"));
    }

    [Fact]
    public async Task A_released_key_can_be_claimed_again()
    {
        var ledger = Ledger();
        var key = Key();
        await ledger.ClaimAsync(key, "form-a");
        await ledger.ReleaseAsync(key);
        Assert.Equal(ClaimOutcome.Claimed, (await ledger.ClaimAsync(key, "form-a")).Outcome);
    }
}
