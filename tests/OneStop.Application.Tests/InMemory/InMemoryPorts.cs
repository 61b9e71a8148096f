using System.Collections.Concurrent;
using System.Security.Cryptography;
using OneStop.Application.Access;
using OneStop.Application.Administration;
using OneStop.Application.Attachments;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Filing;
using OneStop.Application.Workflow;
using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Tests.InMemory;

/// <summary>Codes per series (an agency's day in a format), consecutive.</summary>
internal sealed class InMemoryCodeAllocator : IDossierCodeAllocator
{
    private readonly ConcurrentDictionary<string, int> counters = new();

    public Task<DossierCode> NextAsync(DossierCodeSeries series, CancellationToken cancellationToken = default)
    {
        var n = counters.AddOrUpdate(series.Key, 1, (_, c) => c + 1);
        return Task.FromResult(series.Number(n));
    }
}

/// <summary>Files in memory, refused as the blob store refuses them: by their first bytes.</summary>
internal sealed class InMemoryAttachmentStore : IAttachmentStore
{
    public ConcurrentDictionary<string, (StoredAttachment Attachment, byte[] Bytes)> Files { get; } = new();

    public async Task<StoredAttachment> UploadAsync(AttachmentUpload upload, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await upload.Content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        if (!ContentSniffer.Accepts(upload.DeclaredContentType, bytes.AsSpan(0, Math.Min(bytes.Length, ContentSniffer.HeaderLength))))
        {
            throw new AttachmentRejectedException("attachment_type_not_allowed", $"Tệp «{upload.FileName}» không đúng định dạng cho phép.");
        }
        var stored = new StoredAttachment($"{upload.DossierId}/{Guid.NewGuid():N}", upload.DocumentCode, upload.FileName, upload.DeclaredContentType, bytes.Length, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Files[stored.StorageKey] = (stored, bytes);
        return stored;
    }

    public Task<StoredAttachment?> FindAsync(string storageKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Files.TryGetValue(storageKey, out var f) ? f.Attachment : null);

    public Task<Stream?> OpenReadAsync(string storageKey, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(Files.TryGetValue(storageKey, out var f) ? new MemoryStream(f.Bytes, writable: false) : null);

    public Task<Uri> ReadLinkAsync(string storageKey, TimeSpan lifetime, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Uri($"memory:///{storageKey}"));

    public Task<IReadOnlyList<StoredAttachment>> ListAsync(string dossierId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<StoredAttachment>>([.. Files.Values.Select(f => f.Attachment).Where(a => a.StorageKey.StartsWith(dossierId + "/", StringComparison.Ordinal))]);
}

/// <summary>The Idempotency-Key ledger's contract in memory (no claim timeout: a claim in progress stays so).</summary>
internal sealed class InMemoryLedger : IIdempotencyLedger
{
    private readonly ConcurrentDictionary<string, (string Fingerprint, string? Noted, string? Result)> entries = new();

    public Task<IdempotencyClaim> ClaimAsync(string key, string requestFingerprint, CancellationToken cancellationToken = default)
    {
        if (entries.TryAdd(key, (requestFingerprint, null, null)))
        {
            return Task.FromResult(new IdempotencyClaim(ClaimOutcome.Claimed, null));
        }
        var entry = entries[key];
        return Task.FromResult(entry.Fingerprint != requestFingerprint ? new IdempotencyClaim(ClaimOutcome.Mismatch, null)
            : entry.Result is { } result ? new IdempotencyClaim(ClaimOutcome.Completed, result)
            : new IdempotencyClaim(ClaimOutcome.InProgress, null));
    }

    public Task NoteResultAsync(string key, string result, CancellationToken cancellationToken = default)
    {
        entries[key] = entries[key] with { Noted = result };
        return Task.CompletedTask;
    }

    public Task CompleteAsync(string key, string result, CancellationToken cancellationToken = default)
    {
        entries[key] = entries[key] with { Result = result };
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        entries.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public bool Holds(string key) => entries.ContainsKey(key);

    /// <summary>The result a key was completed with, or null.</summary>
    public string? ResultOf(string key) => entries.TryGetValue(key, out var entry) ? entry.Result : null;
}

internal sealed class InMemorySignalInbox : ISignalInbox
{
    private readonly ConcurrentDictionary<string, HeldSignal> signals = new();

    public Task AddAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        signals.TryAdd(signal.Id, signal);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<HeldSignal>> WaitingAsync(string dossierId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HeldSignal>>([.. signals.Values.Where(s => s.DossierId == dossierId && !s.Parked).OrderBy(s => s.ReceivedAt)]);

    public Task<IReadOnlyList<HeldSignal>> ParkedAsync(string? dossierId, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<HeldSignal>>([.. signals.Values.Where(s => s.Parked && (dossierId is null || s.DossierId == dossierId)).OrderBy(s => s.ParkedAt).Take(limit)]);

    public Task SaveAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        signals[signal.Id] = signal;
        return Task.CompletedTask;
    }

    public Task RemoveAsync(HeldSignal signal, CancellationToken cancellationToken = default)
    {
        signals.TryRemove(signal.Id, out _);
        return Task.CompletedTask;
    }
}

internal sealed class InMemoryAccessLog : IAccessLog
{
    public ConcurrentQueue<AccessRecord> Records { get; } = new();

    public Task AppendAsync(AccessRecord record, CancellationToken cancellationToken = default)
    {
        Records.Enqueue(record);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AccessRecord>> ReadAsync(DateTimeOffset from, DateTimeOffset to, string? dossierId, string? actorId, int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AccessRecord>>([.. Records.Where(r => r.At >= from && r.At < to && (dossierId is null || r.DossierId == dossierId) && (actorId is null || r.ActorId == actorId)).OrderByDescending(r => r.At).Take(limit)]);
}

/// <summary>Messages sent, by queue, in order.</summary>
internal sealed class RecordingSender : IMessageSender
{
    public ConcurrentQueue<(string Queue, MessageEnvelope Message)> Sent { get; } = new();

    public Task SendAsync(string queue, MessageEnvelope message, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue((queue, message));
        return Task.CompletedTask;
    }
}

/// <summary>A relay that applies a handed-over decision at once through the turns, as the server's decision worker does.</summary>
internal sealed class ImmediateRelay(Func<DossierTurns> turns) : IWorkflowRelay
{
    public List<MessageEnvelope> HandedOver { get; } = [];

    public Task<RelayState> StateAsync(string dossierId, CancellationToken cancellationToken = default) => Task.FromResult(RelayState.Running);

    public Task RestartAsync(string dossierId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task WakeAsync(string dossierId, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task HandOverAsync(DepartmentCode department, MessageEnvelope decision, CancellationToken cancellationToken = default)
    {
        HandedOver.Add(decision);
        await turns().AdvanceAsync(decision.DossierId, DecisionMessage.Read(department, decision), cancellationToken);
    }
}

internal sealed class InMemoryCatalogStore : IProcedureCatalogStore
{
    private readonly ConcurrentDictionary<DepartmentCode, Department> departments = new();
    private readonly ConcurrentDictionary<ProcedureCode, List<ProcedureVersion>> versions = new();

    public Task SaveDepartmentAsync(Department department, CancellationToken cancellationToken = default)
    {
        departments[department.Code] = department;
        return Task.CompletedTask;
    }

    public Task<bool> AddVersionAsync(ProcedureVersion version, CancellationToken cancellationToken = default)
    {
        versions.GetOrAdd(version.Code, _ => []).Add(version);
        return Task.FromResult(true);
    }

    public Task<IReadOnlyList<ProcedureVersion>> VersionsAsync(ProcedureCode code, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ProcedureVersion>>(versions.GetValueOrDefault(code) ?? []);

    public Task<(IReadOnlyList<Department> Departments, IReadOnlyList<Procedure> Procedures)> LoadAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<(IReadOnlyList<Department>, IReadOnlyList<Procedure>)>(([.. departments.Values], [.. versions.Select(v => new Procedure(v.Key, [.. v.Value]))]));
}

internal sealed class InMemoryAdministrationLog : IAdministrationLog
{
    public ConcurrentQueue<AdminChange> Changes { get; } = new();

    public Task AppendAsync(AdminChange change, CancellationToken cancellationToken = default)
    {
        Changes.Enqueue(change);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AdminChange>> ReadAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AdminChange>>([.. Changes.OrderByDescending(c => c.At).Take(limit)]);
}

internal sealed class InMemoryHolidayNoticeStore : IHolidayNoticeStore
{
    private readonly ConcurrentDictionary<int, AnnualNotice> notices = new();

    public Task SaveAsync(AnnualNotice notice, CancellationToken cancellationToken = default)
    {
        notices[notice.Year] = notice;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AnnualNotice>> LoadAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AnnualNotice>>([.. notices.Values]);
}

internal sealed class InMemoryIntakePointStore : IIntakePointStore
{
    private readonly ConcurrentDictionary<string, IntakePointEntry> entries = new();

    public Task SaveAsync(IntakePointEntry entry, CancellationToken cancellationToken = default)
    {
        entries[entry.Point.Code] = entry;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<IntakePointEntry>> LoadAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<IntakePointEntry>>([.. entries.Values]);
}
