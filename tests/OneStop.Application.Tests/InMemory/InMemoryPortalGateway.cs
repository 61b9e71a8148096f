using System.Collections.Concurrent;
using OneStop.Application.Portal;

namespace OneStop.Application.Tests.InMemory;

/// <summary>
/// The portal's contract in memory: it records every call it accepted (a call with an id it already accepted
/// is recorded once), lists the dossiers filed on it and serves their files; told to, it fails the next calls (no
/// answer, or an error code).
/// </summary>
internal sealed class InMemoryPortalGateway : IPortalGateway
{
    private readonly ConcurrentQueue<string?> failures = new();

    public List<(string Id, string Service, string Code, bool IsUpdating, int Status)> Accepted { get; } = [];

    public List<string> Attempts { get; } = [];

    public List<PortalFiledDossier> Filed { get; } = [];

    public Dictionary<string, byte[]> Files { get; } = [];

    /// <summary>The next calls fail: with an error code, or (null) without any answer.</summary>
    public void FailNext(int calls, string? errorCode = null)
    {
        for (int i = 0; i < calls; i++)
        {
            failures.Enqueue(errorCode);
        }
    }

    public Task<PortalAnswer> SyncDossierAsync(PortalDossierReport dossier, bool isUpdating, string callId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Accept(callId, PortalReportPlan.SyncService, dossier.DossierCode, isUpdating, dossier.Status));

    public Task<PortalAnswer> UpdateProgressAsync(PortalProgressReport progress, string callId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Accept(callId, PortalReportPlan.ProgressService, progress.DossierCode, false, progress.Status));

    public Task<IReadOnlyList<PortalFiledDossier>> FetchFiledAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<PortalFiledDossier>>([.. Filed.Where(f => f.FiledAt >= since)]);

    public Task<Stream> OpenFileAsync(string address, CancellationToken cancellationToken = default) =>
        Files.TryGetValue(address, out var bytes) ? Task.FromResult<Stream>(new MemoryStream(bytes)) : throw new PortalUnavailableException($"no file {address}");

    private PortalAnswer Accept(string id, string service, string code, bool isUpdating, Domain.Dossiers.DossierStatus status)
    {
        Attempts.Add(id);
        if (failures.TryDequeue(out var error))
        {
            return error is null ? throw new PortalUnavailableException("no answer") : new PortalAnswer(false, error, "Hệ thống đang bận");
        }
        if (Accepted.All(a => a.Id != id))
        {
            Accepted.Add((id, service, code, isUpdating, (int)status));
        }
        return PortalAnswer.Ok;
    }
}
