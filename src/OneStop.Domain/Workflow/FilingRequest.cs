using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

/// <summary>
/// What is needed to open a dossier: who files it, for which procedure version, how and where. Its code is not part
/// of it: the code is taken only once the filing is found acceptable (<see cref="DossierEngine.FilingErrors"/>), so a
/// refused filing leaves no gap in the agency's numbering.
/// </summary>
/// <param name="Departments">The catalog's departments; those the procedure's process names are kept with the dossier.</param>
/// <param name="TrackingSecretHash">SHA-256 (hex) of the secret the applicant looks the dossier up with; the lookup compares it.</param>
/// <param name="TrackingSecret">The secret itself, printed on the receipt (Mẫu 01) so a walk-in applicant can use the public
/// lookup; it opens the dossier's status, never its personal data.</param>
/// <param name="ReturnPoint">Where the applicant collects the result, when not at the intake point.</param>
public sealed record FilingRequest(
    Applicant Applicant,
    ProcedureVersion Procedure,
    IReadOnlyCollection<Department> Departments,
    IntakeChannel Channel,
    IntakePoint IntakePoint,
    IReadOnlyList<SubmittedDocument> Documents,
    Actor Actor,
    string? TrackingSecretHash = null,
    string? TrackingSecret = null,
    IntakePoint? ReturnPoint = null);
