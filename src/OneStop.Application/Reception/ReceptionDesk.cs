using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Reception;

/// <summary>
/// What a reception officer does to a dossier at the desk: receive it, refuse it with the reason (Mẫu 03), ask for
/// a supplement before receiving it (Mẫu 02), withdraw it at the applicant's request, and hand back the result. Each
/// answer is the engine's own (applied, unchanged, or refused with its reason, nothing changed).
/// </summary>
public sealed class ReceptionDesk(DossierService dossiers)
{
    public Task<AdvanceResult> ReceiveAsync(string code, Actor officer, CancellationToken cancellationToken = default) =>
        dossiers.ApplyAsync(code, new Receive { Actor = officer }, cancellationToken);

    public Task<AdvanceResult> RefuseAsync(string code, string reason, Actor officer, CancellationToken cancellationToken = default) =>
        dossiers.ApplyAsync(code, new RefuseReception(reason) { Actor = officer }, cancellationToken);

    public Task<AdvanceResult> RequestSupplementAsync(string code, IReadOnlyList<string> missingItems, string reason, Actor officer, CancellationToken cancellationToken = default) =>
        dossiers.ApplyAsync(code, new RequestSupplementAtReception(missingItems, reason) { Actor = officer }, cancellationToken);

    public Task<AdvanceResult> ReturnResultAsync(string code, ReturnMethod method, Actor officer, CancellationToken cancellationToken = default) =>
        dossiers.ApplyAsync(code, new ReturnResult(method) { Actor = officer }, cancellationToken);
}
