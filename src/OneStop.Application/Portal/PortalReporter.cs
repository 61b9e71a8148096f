using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Portal;

/// <summary>What one sweep did: dossiers brought up to date, attempts that failed (to be retried), and those given up.</summary>
public sealed record PortalSweepReport(int Reported, int Failed, IReadOnlyList<PortalSync> DeadLettered);

/// <summary>
/// Reports dossiers' progress to the portal. For each dossier with events pending and its attempt due, it takes a
/// lease (a write guarded by the version tag, so two instances never report the same dossier at once), sends the
/// calls of <see cref="PortalReportPlan"/> in order, and records how far it got: a failure keeps what was reported,
/// waits longer after each further failure, and after <see cref="PortalSettings.MaxAttempts"/> stops in a dead
/// letter that an administrator sees and replays. Calls carry stable ids, so one repeated after a lost answer is
/// recognized by the portal: delivery is at least once, in order per dossier.
/// Retry times are real time (like the outbox sweep's), whatever clock the engine runs on; an administrator's replay
/// is logged on the host's clock, like every administrator change.
/// </summary>
public sealed class PortalReporter(IPortalStore store, IDossierStore dossiers, IPortalGateway gateway, PortalSettings settings, DossierEngine engine, IAdministrationLog log, TimeProvider time)
{
    private const int MaxSaveAttempts = 10;

    public async Task<PortalSweepReport> SweepAsync(int limit, CancellationToken cancellationToken = default)
    {
        int reported = 0, failed = 0;
        var deadLettered = new List<PortalSync>();
        await foreach (var due in store.DueAsync(DateTimeOffset.UtcNow, limit, cancellationToken))
        {
            switch (await ReportAsync(due, cancellationToken))
            {
                case { DeadLetteredAt: not null } dead:
                    deadLettered.Add(dead);
                    break;
                case { LastError: null }:
                    reported++;
                    break;
                case not null:
                    failed++;
                    break;
            }
        }
        return new PortalSweepReport(reported, failed, deadLettered);
    }

    /// <summary>The dossiers whose reporting gave up, the latest first.</summary>
    public Task<IReadOnlyList<PortalSync>> DeadLettersAsync(CancellationToken cancellationToken = default) => store.DeadLettersAsync(200, cancellationToken);

    /// <summary>
    /// Starts reporting a dead-lettered dossier again, at once, from where it stopped; recorded as the administrator's
    /// change. The answer is the state after this attempt (still failing, it waits for its next attempt as before); null
    /// when the dossier has no dead letter.
    /// </summary>
    public async Task<PortalSync?> ReplayAsync(string dossierCode, Actor administrator, CancellationToken cancellationToken = default)
    {
        for (int attempt = 1; ; attempt++)
        {
            if (await store.FindAsync(dossierCode, cancellationToken) is not { Sync.DeadLetteredAt: not null } stored)
            {
                return null;
            }
            try
            {
                var revived = await store.SaveAsync(stored.Sync with { DeadLetteredAt = null, Attempts = 0, NextAttemptAt = null }, stored.ETag, cancellationToken);
                await log.AppendAsync(AdminChange.Of(administrator, "portal.replay",
                    $"Gửi lại lên Cổng Dịch vụ công quốc gia tiến độ hồ sơ {dossierCode} (lỗi trước: {stored.Sync.LastError})", time.GetUtcNow()), cancellationToken);
                return await ReportAsync(revived, cancellationToken) ?? revived.Sync;
            }
            catch (PortalStateConflictException) when (attempt < MaxSaveAttempts)
            {
            }
        }
    }

    /// <summary>One attempt for one dossier: the state it left, or null when another instance holds the dossier.</summary>
    private async Task<PortalSync?> ReportAsync(StoredPortalSync due, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        StoredPortalSync leased;
        try
        {
            // Long enough for every call of the attempt to time out once.
            leased = await store.SaveAsync(due.Sync with { NextAttemptAt = now + (settings.Timeout * 8) }, due.ETag, cancellationToken);
        }
        catch (PortalStateConflictException)
        {
            return null;
        }
        var sync = leased.Sync;
        int reached = sync.ReportedThrough;
        string? failure = null;
        if (!DossierCode.TryParse(sync.DossierCode, out var code) || await dossiers.FindAsync(code, cancellationToken) is not { } stored)
        {
            failure = $"Không tìm thấy hồ sơ {sync.DossierCode} trong kho dữ liệu.";
        }
        else
        {
            (reached, failure) = await SendAsync(stored.Dossier, sync, cancellationToken);
        }
        return await RecordAsync(leased, reached, failure, cancellationToken);
    }

    /// <summary>Sends the calls in order and stops at the first that fails: how far the history is reported, and why it stopped.</summary>
    private async Task<(int Reached, string? Failure)> SendAsync(Dossier dossier, PortalSync sync, CancellationToken cancellationToken)
    {
        int reached = sync.ReportedThrough;
        foreach (var group in PortalReportPlan.After(dossier, sync.ReportedThrough, sync.PortalCode, engine.Calendar.Settings.UtcOffset).GroupBy(c => c.Sequence))
        {
            foreach (var call in group)
            {
                PortalAnswer answer;
                try
                {
                    answer = call switch
                    {
                        SyncDossierCall s => await gateway.SyncDossierAsync(s.Dossier, s.IsUpdating, s.Id, cancellationToken),
                        UpdateProgressCall p => await gateway.UpdateProgressAsync(p.Progress, p.Id, cancellationToken),
                        _ => throw new InvalidOperationException($"Unknown portal call {call.GetType().Name}."),
                    };
                }
                catch (PortalUnavailableException e)
                {
                    return (reached, $"Sự kiện {call.Sequence} ({Service(call)}): không kết nối được Cổng ({e.Message}).");
                }
                if (!answer.Accepted)
                {
                    return (reached, $"Sự kiện {call.Sequence} ({Service(call)}): Cổng trả error_code {answer.ErrorCode}: {answer.Message}");
                }
            }
            reached = group.Key;
        }
        // Everything up to the end of the history is reported, or does not concern the portal.
        return (dossier.History.Length, null);
    }

    private static string Service(PortalCall call) => call is SyncDossierCall ? PortalReportPlan.SyncService : PortalReportPlan.ProgressService;

    private async Task<PortalSync> RecordAsync(StoredPortalSync leased, int reached, string? failure, CancellationToken cancellationToken)
    {
        var current = leased;
        for (int attempt = 1; ; attempt++)
        {
            var now = DateTimeOffset.UtcNow;
            var sync = current.Sync;
            int attempts = failure is null ? 0 : sync.Attempts + 1;
            var next = sync with
            {
                ReportedThrough = Math.Max(sync.ReportedThrough, reached),
                Attempts = attempts,
                LastError = failure,
                NextAttemptAt = failure is null ? null : now + settings.RetryAfter(attempts),
                DeadLetteredAt = failure is not null && attempts >= settings.MaxAttempts ? now : null,
            };
            try
            {
                return (await store.SaveAsync(next, current.ETag, cancellationToken)).Sync;
            }
            catch (PortalStateConflictException) when (attempt < MaxSaveAttempts)
            {
                // The outbox raised the pending mark meanwhile: keep it, record this attempt on top.
                current = await store.FindAsync(leased.Sync.DossierCode, cancellationToken) ?? throw new InvalidOperationException($"The portal state of {leased.Sync.DossierCode} disappeared.");
            }
        }
    }
}
