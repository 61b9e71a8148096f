using OneStop.Application.Attachments;
using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Application.Filing;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Portal;

public enum PortalIntakeOutcome
{
    /// <summary>Filed now: a status-1 dossier in the reception inbox.</summary>
    Received,

    /// <summary>Filed before (a re-delivery): nothing more is filed.</summary>
    AlreadyReceived,

    /// <summary>Not acceptable as it came; kept with the reason for an administrator.</summary>
    Refused,
}

/// <summary>What became of a dossier from the portal: the center's code for it, or why it was refused.</summary>
public sealed record PortalIntakeResult(string PortalCode, PortalIntakeOutcome Outcome, string? DossierCode, IReadOnlyList<string> Problems);

/// <summary>
/// Receives the dossiers filed on the portal (pushed by it, or fetched): each becomes a status-1 online dossier in
/// the reception inbox of the configured intake point, with its files read from the portal and checked like any
/// upload. The portal's code is the submission's idempotency key, and what was received is remembered, so a dossier
/// delivered twice (or fetched again) is filed once. One the center cannot accept (a procedure it does not have, a
/// paper missing, an identity number that is not one) is refused with the reasons and kept for an administrator,
/// who receives it again once the catalog allows. A portal that cannot be reached throws: nothing is filed, and the
/// delivery is retried.
/// </summary>
public sealed class PortalIntake(
    DossierFiling filing, IPortalStore store, IPortalGateway gateway, PortalSettings settings, CatalogCache catalog, DossierEngine engine, IAdministrationLog log, TimeProvider time)
{
    /// <summary>How far back each fetch reads again, for dossiers the portal recorded late; those already received are skipped.</summary>
    public static readonly TimeSpan FetchOverlap = TimeSpan.FromMinutes(10);

    /// <exception cref="PortalUnavailableException">A file could not be read from the portal: nothing was filed.</exception>
    /// <exception cref="RequestConflictException">The same dossier is being received right now by another delivery.</exception>
    public async Task<PortalIntakeResult> ReceiveAsync(PortalFiledDossier filed, CancellationToken cancellationToken = default)
    {
        if (await store.FindReceivedAsync(filed.PortalCode, cancellationToken) is { } known)
        {
            return new(filed.PortalCode, PortalIntakeOutcome.AlreadyReceived, known, []);
        }
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        if (catalog.Current.VersionByPortalCode(filed.ProcedureCode, today) is not { } procedure)
        {
            return await RefuseAsync(filed, [$"Trung tâm chưa có thủ tục mã {filed.ProcedureCode} trong danh mục."], cancellationToken);
        }
        var form = new SubmissionForm(procedure.Code.Value,
            new ApplicantForm(filed.ApplicantKind, filed.ApplicantName, filed.CitizenId, filed.Phone, filed.Address, filed.Email, filed.TaxCode),
            IntakeChannel.Online, settings.IntakePointCode);
        var filer = Actor.Applicant($"dvcqg:{filed.CitizenId ?? filed.TaxCode}", filed.ApplicantName);
        try
        {
            await using var submission = await filing.BeginSubmissionAsync(form, $"dvcqg:{filed.PortalCode}", filer, cancellationToken);
            if (submission.Earlier is { } earlier)
            {
                await store.SaveReceivedAsync(filed.PortalCode, earlier.Code, cancellationToken);
                return new(filed.PortalCode, PortalIntakeOutcome.AlreadyReceived, earlier.Code, []);
            }
            foreach (var file in filed.Files)
            {
                await using var content = await gateway.OpenFileAsync(file.Address, cancellationToken);
                await submission.AddFileAsync(file.DocumentCode, file.FileName, file.ContentType, content, cancellationToken);
            }
            // The portal's code is linked once the dossier's is taken and before the dossier exists, so that its first
            // report already carries the portal's code.
            var result = await submission.CompleteAsync(code => RememberPortalCodeAsync(code.Value, filed.PortalCode, cancellationToken), cancellationToken);
            await store.SaveReceivedAsync(filed.PortalCode, result.Code, cancellationToken);
            await store.RemoveRefusalAsync(filed.PortalCode, cancellationToken);
            return new(filed.PortalCode, PortalIntakeOutcome.Received, result.Code, []);
        }
        catch (InputRejectedException e)
        {
            return await RefuseAsync(filed, [.. e.Errors.Select(x => x.Message)], cancellationToken);
        }
        catch (AttachmentRejectedException e)
        {
            return await RefuseAsync(filed, [e.Message], cancellationToken);
        }
    }

    /// <summary>Reads the portal for dossiers filed since the last fetch and receives each; the mark moves on only when all were handled.</summary>
    public async Task<IReadOnlyList<PortalIntakeResult>> FetchAsync(CancellationToken cancellationToken = default)
    {
        var since = await store.FetchedUntilAsync(cancellationToken) ?? DateTimeOffset.UtcNow.AddDays(-1);
        var filed = await gateway.FetchFiledAsync(since - FetchOverlap, cancellationToken);
        var results = new List<PortalIntakeResult>();
        foreach (var dossier in filed.OrderBy(d => d.FiledAt))
        {
            results.Add(await ReceiveAsync(dossier, cancellationToken));
        }
        if (filed.Count > 0)
        {
            await store.SaveFetchedUntilAsync(filed.Max(d => d.FiledAt) is var latest && latest > since ? latest : since, cancellationToken);
        }
        return results;
    }

    /// <summary>The portal's own code (MaHoSo) of a dossier filed there, which its applicant knows it by; null for one filed at the center.</summary>
    public async Task<string?> PortalCodeOfAsync(string dossierCode, CancellationToken cancellationToken = default) =>
        (await store.FindAsync(dossierCode, cancellationToken))?.Sync.PortalCode;

    /// <summary>The dossiers from the portal that were refused, the latest first.</summary>
    public Task<IReadOnlyList<PortalRefusal>> RefusalsAsync(CancellationToken cancellationToken = default) => store.RefusalsAsync(200, cancellationToken);

    /// <summary>Receives a refused dossier again, as an administrator's change; null when there is no such refusal.</summary>
    public async Task<PortalIntakeResult?> RetryRefusedAsync(string portalCode, Actor administrator, CancellationToken cancellationToken = default)
    {
        if (await store.FindRefusalAsync(portalCode, cancellationToken) is not { } refusal)
        {
            return null;
        }
        var result = await ReceiveAsync(refusal.Filed, cancellationToken);
        await log.AppendAsync(AdminChange.Of(administrator, "portal.receive-again",
            result.Outcome == PortalIntakeOutcome.Refused
                ? $"Tiếp nhận lại hồ sơ {portalCode} từ Cổng Dịch vụ công quốc gia: vẫn bị từ chối ({string.Join(" ", result.Problems)})"
                : $"Tiếp nhận lại hồ sơ {portalCode} từ Cổng Dịch vụ công quốc gia: hồ sơ {result.DossierCode}", time.GetUtcNow()), cancellationToken);
        return result;
    }

    private async Task<PortalIntakeResult> RefuseAsync(PortalFiledDossier filed, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        await store.SaveRefusalAsync(new PortalRefusal(filed.PortalCode, time.GetUtcNow(), problems, filed), cancellationToken);
        return new(filed.PortalCode, PortalIntakeOutcome.Refused, null, problems);
    }

    private async Task RememberPortalCodeAsync(string dossierCode, string portalCode, CancellationToken cancellationToken)
    {
        var stored = await store.FindAsync(dossierCode, cancellationToken);
        if (stored?.Sync.PortalCode == portalCode)
        {
            return;
        }
        await store.SaveAsync((stored?.Sync ?? new PortalSync(dossierCode)) with { PortalCode = portalCode }, stored?.ETag, cancellationToken);
    }
}
