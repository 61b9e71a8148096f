using OneStop.Application.Workflow;

namespace OneStop.Benchmarks.Load;

/// <summary>The dossiers' inboxes, counting the Cosmos DB operations they cost: documents written, queries run, documents deleted.</summary>
internal sealed class CountingSignalInbox(ISignalInbox inner) : ISignalInbox
{
    private long writes;
    private long queries;
    private long deletes;

    public (long Writes, long Queries, long Deletes) Counts => (Interlocked.Read(ref writes), Interlocked.Read(ref queries), Interlocked.Read(ref deletes));

    public Task AddAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref writes);
        return inner.AddAsync(signal, cancellationToken);
    }

    public Task<IReadOnlyList<HeldSignal>> WaitingAsync(string dossierId, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.WaitingAsync(dossierId, cancellationToken);
    }

    public Task<IReadOnlyList<HeldSignal>> ParkedAsync(string? dossierId, int limit, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref queries);
        return inner.ParkedAsync(dossierId, limit, cancellationToken);
    }

    public Task SaveAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref writes);
        return inner.SaveAsync(signal, cancellationToken);
    }

    public Task RemoveAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref deletes);
        return inner.RemoveAsync(signal, cancellationToken);
    }
}
