using OneStop.Application.Access;
using OneStop.Application.Common;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Dossiers;

/// <summary>
/// The case file of every use case, the same for both hosts: read a dossier, apply a signal, preview one, dispatch
/// what is pending. Every change is load → <see cref="DossierEngine.Advance"/> → save guarded by the ETag (retried
/// from a fresh load when another writer came first) → dispatch the outbox → mark it dispatched. A crash
/// anywhere leaves either nothing done or a saved dossier whose outbox the sweeper dispatches later.
/// </summary>
public sealed class DossierService(DossierEngine engine, IDossierStore store, CommandDispatcher dispatcher, AccessPolicy access, IChangeCounter counter, TimeProvider time)
{
    private const int MaxSaveAttempts = 5;

    /// <summary>How long an outbox is left to the request that saved it before the sweep sends it.</summary>
    public static readonly TimeSpan OutboxGrace = TimeSpan.FromSeconds(2);

    /// <summary>A dossier the caller may see (<see cref="AccessPolicy.DemandAsync"/>), read for <paramref name="purpose"/>.</summary>
    /// <exception cref="DossierNotFoundException">No such dossier, or not one the caller may know of.</exception>
    /// <exception cref="AccessDeniedException">A dossier outside the caller's place of work; the attempt is recorded.</exception>
    public async Task<StoredDossier> ReadAsync(string code, Actor caller, string purpose, CancellationToken cancellationToken = default)
    {
        var stored = await FindAsync(code, cancellationToken);
        await access.DemandAsync(stored.Dossier, caller, purpose, cancellationToken);
        return stored;
    }

    /// <summary>The public lookup: the dossier when the tracking secret matches, or null (without telling which was wrong).</summary>
    public async Task<Dossier?> LookUpAsync(string code, string? secret, CancellationToken cancellationToken = default)
    {
        if (secret is null || !DossierCode.TryParse(code, out var parsed) || await store.FindAsync(parsed, cancellationToken) is not { } stored
            || stored.Dossier.TrackingSecretHash is not { } expected
            || !TrackingSecret.Matches(expected, secret))
        {
            return null;
        }
        return stored.Dossier;
    }

    /// <summary>
    /// Applies a signal as the caller: load, advance, save (retrying from a fresh load when another writer came
    /// first: the engine makes a repeated signal harmless), then dispatch. The answer is the engine's own: applied,
    /// unchanged, or refused with its <see cref="Refusal"/> (nothing changed); a refusal is a value, not an exception,
    /// so every caller (the HTTP layer, a decision's turn) reads it in the one form the engine gives.
    /// </summary>
    /// <exception cref="DossierNotFoundException">No such dossier, or not one the caller may see.</exception>
    public async Task<AdvanceResult> ApplyAsync(string code, Signal signal, CancellationToken cancellationToken = default)
    {
        var kind = WireNames.Signal(signal);
        using var activity = OneStopTelemetry.Traces.StartActivity("dossier.apply");
        activity?.SetTag("onestop.dossier", code);
        activity?.SetTag("onestop.signal", kind);
        for (int attempt = 1; ; attempt++)
        {
            var stored = signal.Actor.Role == ActorRole.System
                ? await FindAsync(code, cancellationToken)
                : await ReadAsync(code, signal.Actor, AccessPolicy.ChangePurpose, cancellationToken);
            var result = engine.Advance(stored.Dossier, signal, time.GetUtcNow());
            if (result.Outcome != AdvanceOutcome.Applied)
            {
                return result;
            }
            try
            {
                var saved = await store.ReplaceAsync(result.Dossier, result.WakeAt, stored.ETag, cancellationToken);
                OneStopTelemetry.SignalsApplied.Add(1, new KeyValuePair<string, object?>("signal", kind));
                await DispatchAsync(saved, cancellationToken);
                activity?.SetTag("onestop.status", (int)result.Dossier.Status);
                return result;
            }
            catch (DossierConflictException) when (attempt < MaxSaveAttempts)
            {
                // Another writer came first: start again from what it saved.
            }
        }
    }

    /// <summary>What the engine would answer to a signal now, saving nothing: null when it would accept it.</summary>
    /// <exception cref="DossierNotFoundException">No such dossier.</exception>
    public async Task<Refusal?> PreviewAsync(string code, Signal signal, CancellationToken cancellationToken = default)
    {
        var stored = await FindAsync(code, cancellationToken);
        var result = engine.Advance(stored.Dossier, signal, time.GetUtcNow());
        return result.Outcome == AdvanceOutcome.Refused ? result.Refusal : null;
    }

    /// <summary>
    /// Dispatches what saved dossiers still hold in their outbox after a crash or a failed send: outboxes pending
    /// since a write at least <see cref="OutboxGrace"/> ago. A fresher one is being dispatched by the request that
    /// saved it; sweeping it as well would only send its messages twice and race its mark. The age is real time,
    /// as the store records it, not the engine's clock.
    /// </summary>
    public async Task<int> DispatchPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        int dispatched = 0;
        await foreach (var pending in store.WithPendingOutboxAsync(DateTimeOffset.UtcNow - OutboxGrace, limit, cancellationToken))
        {
            dispatched += await DispatchAsync(pending, cancellationToken);
        }
        return dispatched;
    }

    /// <summary>Counts the change for the reports, sends the outbox in order, then removes what was sent; what failed stays for the sweeper.</summary>
    internal async Task<int> DispatchAsync(StoredDossier saved, CancellationToken cancellationToken)
    {
        // The counts first: a saved change is counted even when a command cannot be sent now.
        await counter.CountAsync(saved.Dossier, cancellationToken);
        var sent = new List<string>();
        foreach (var command in saved.Dossier.Outbox)
        {
            try
            {
                await dispatcher.DispatchAsync(command, cancellationToken);
                sent.Add(command.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                break;
            }
        }
        if (sent.Count == 0)
        {
            return 0;
        }
        var current = saved;
        for (int attempt = 1; ; attempt++)
        {
            var marked = current.Dossier.WithDispatched(sent);
            try
            {
                await store.ReplaceAsync(marked, engine.WakeAt(marked), current.ETag, cancellationToken);
                return sent.Count;
            }
            catch (DossierConflictException) when (attempt < MaxSaveAttempts)
            {
                current = await FindAsync(saved.Dossier.Id, cancellationToken);
            }
        }
    }

    private async Task<StoredDossier> FindAsync(string code, CancellationToken cancellationToken) =>
        DossierCode.TryParse(code, out var parsed) && await store.FindAsync(parsed, cancellationToken) is { } stored
            ? stored
            : throw new DossierNotFoundException(code);
}
