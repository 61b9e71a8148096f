using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Filing;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The idempotency ledger on Cosmos DB: one document per key (stored hashed), created to claim the key, so that
/// of two requests with the same key exactly one creates it. A claim left pending by a crashed request can be
/// taken over after <see cref="StaleAfter"/> (five minutes unless the host says otherwise); one that had noted
/// its result answers <see cref="ClaimOutcome.Interrupted"/> instead.
/// </summary>
public sealed class CosmosIdempotencyLedger(Container container, TimeProvider time, TimeSpan? staleAfter = null) : IIdempotencyLedger
{
    public TimeSpan StaleAfter { get; } = staleAfter ?? TimeSpan.FromMinutes(5);

    public async Task<IdempotencyClaim> ClaimAsync(string key, string requestFingerprint, CancellationToken cancellationToken = default)
    {
        var entry = new Entry(Id(key), requestFingerprint, Completed: false, null, time.GetUtcNow().ToUnixTimeMilliseconds());
        using (var created = await container.CreateItemStreamAsync(CosmosJson.ToStream(entry), new PartitionKey(entry.Id), cancellationToken: cancellationToken))
        {
            if (created.IsSuccessStatusCode)
            {
                return new IdempotencyClaim(ClaimOutcome.Claimed, null);
            }
            if (created.StatusCode != HttpStatusCode.Conflict)
            {
                created.EnsureSuccessStatusCode();
            }
        }
        using var existing = await container.ReadItemStreamAsync(entry.Id, new PartitionKey(entry.Id), cancellationToken: cancellationToken);
        if (existing.StatusCode == HttpStatusCode.NotFound)
        {
            // Released in between: claim again.
            return await ClaimAsync(key, requestFingerprint, cancellationToken);
        }
        existing.EnsureSuccessStatusCode();
        var stored = await CosmosJson.ReadAsync<Entry>(existing, cancellationToken);
        if (stored.Fingerprint != requestFingerprint)
        {
            return new IdempotencyClaim(ClaimOutcome.Mismatch, null);
        }
        if (stored.Completed)
        {
            return new IdempotencyClaim(ClaimOutcome.Completed, stored.Result);
        }
        if (time.GetUtcNow().ToUnixTimeMilliseconds() - stored.ClaimedAt < StaleAfter.TotalMilliseconds)
        {
            return new IdempotencyClaim(ClaimOutcome.InProgress, null);
        }
        if (stored.Result is not null)
        {
            return new IdempotencyClaim(ClaimOutcome.Interrupted, stored.Result);
        }
        using var takenOver = await container.ReplaceItemStreamAsync(
            CosmosJson.ToStream(entry), entry.Id, new PartitionKey(entry.Id), new ItemRequestOptions { IfMatchEtag = existing.Headers.ETag }, cancellationToken);
        return takenOver.IsSuccessStatusCode ? new IdempotencyClaim(ClaimOutcome.Claimed, null) : new IdempotencyClaim(ClaimOutcome.InProgress, null);
    }

    public Task NoteResultAsync(string key, string result, CancellationToken cancellationToken = default) =>
        PatchAsync(key, [PatchOperation.Set("/result", result)], cancellationToken);

    public Task CompleteAsync(string key, string result, CancellationToken cancellationToken = default) =>
        PatchAsync(key, [PatchOperation.Set("/completed", true), PatchOperation.Set("/result", result)], cancellationToken);

    /// <summary>One round trip: the entry's other fields stay as they are.</summary>
    private async Task PatchAsync(string key, PatchOperation[] changes, CancellationToken cancellationToken)
    {
        var id = Id(key);
        using var patched = await container.PatchItemStreamAsync(id, new PartitionKey(id), changes, cancellationToken: cancellationToken);
        patched.EnsureSuccessStatusCode();
    }

    public async Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        var id = Id(key);
        using var deleted = await container.DeleteItemStreamAsync(id, new PartitionKey(id), cancellationToken: cancellationToken);
        if (!deleted.IsSuccessStatusCode && deleted.StatusCode != HttpStatusCode.NotFound)
        {
            deleted.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Keys are the caller's own strings: stored hashed, they cannot break an id or leak anything.</summary>
    private static string Id(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private sealed record Entry(string Id, string Fingerprint, bool Completed, string? Result, long ClaimedAt);
}
