using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;

namespace OneStop.Application.Access;

/// <summary>
/// The dossiers a person may see, as <see cref="AccessPolicy"/> decides it: every criterion set must hold. A list
/// adds these criteria to what was asked, so a search finds nothing outside it; one dossier is checked against it.
/// </summary>
public sealed record DossierScope
{
    /// <summary>The province-wide view: the center's own reception desks and leaders.</summary>
    public static readonly DossierScope Everything = new();

    /// <summary>No dossier at all (an administrator manages the catalog, not dossiers).</summary>
    public static readonly DossierScope Nothing = new() { None = true };

    public bool None { get; init; }

    /// <summary>The applicant's account that filed the dossier online.</summary>
    public string? ApplicantAccount { get; init; }

    /// <summary>A department with a step of the dossier assigned to it.</summary>
    public string? Department { get; init; }

    /// <summary>A point the dossier belongs to: where it was received, or where its result is to be returned.</summary>
    public string? IntakePoint { get; init; }

    public bool Contains(Dossier dossier) =>
        !None
        && (ApplicantAccount is null || dossier.ApplicantAccount == ApplicantAccount)
        && (Department is null || dossier.Steps.Any(s => s.Department.Value == Department && s.AssignedAt is not null))
        && (IntakePoint is null || dossier.IntakePoint.Code == IntakePoint || dossier.ReturnPoint?.Code == IntakePoint);

    /// <summary>
    /// For the reports read from the aggregate records: an entry knows the departments of its process and its intake
    /// point, not its applicant's account (applicants read no report) nor its return point.
    /// </summary>
    public bool Contains(ScoreEntry entry) =>
        !None && ApplicantAccount is null
        && (Department is null || entry.Departments.Contains(Department))
        && (IntakePoint is null || entry.IntakePoint == IntakePoint);
}
