using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers;

/// <summary>
/// Which dossiers a search selects; every criterion set must hold. Instants are bounds [from, to). The applicant is
/// matched by the folded words of the name (each must appear) or by the digest of a citizen ID or phone number
/// (<see cref="ApplicantSearch"/>), never by personal data in clear.
/// </summary>
public sealed record DossierFilter
{
    public IReadOnlyList<DossierStatus> Statuses { get; init; } = [];

    public string? IntakePoint { get; init; }

    /// <summary>A point the dossier belongs to: received there, or its result to be returned there.</summary>
    public string? AtPoint { get; init; }

    public string? Procedure { get; init; }

    /// <summary>A department that holds a step of the dossier's process.</summary>
    public string? Department { get; init; }

    public DateTimeOffset? FiledFrom { get; init; }

    public DateTimeOffset? FiledTo { get; init; }

    public DateTimeOffset? ReceivedFrom { get; init; }

    public DateTimeOffset? ReceivedTo { get; init; }

    /// <summary>When the result was handed to the applicant (status 10).</summary>
    public DateTimeOffset? ReturnedFrom { get; init; }

    public DateTimeOffset? ReturnedTo { get; init; }

    public IReadOnlyList<string> NameWords { get; init; } = [];

    public string? ApplicantKey { get; init; }

    /// <summary>The applicant's account that filed the dossier online (<see cref="Dossier.ApplicantAccount"/>).</summary>
    public string? ApplicantAccount { get; init; }

    /// <summary>Whether a dossier meets every criterion set: what a store's query selects, said once in code.</summary>
    public bool Matches(Dossier d) =>
        (Statuses.Count == 0 || Statuses.Contains(d.Status))
        && (IntakePoint is null || d.IntakePoint.Code == IntakePoint)
        && (AtPoint is null || d.IntakePoint.Code == AtPoint || d.ReturnPoint?.Code == AtPoint)
        && (Procedure is null || d.Procedure.Code.Value == Procedure)
        && (Department is null || d.Procedure.ProcessDepartments.Any(p => p.Value == Department))
        && (FiledFrom is null || d.FiledAt >= FiledFrom) && (FiledTo is null || d.FiledAt < FiledTo)
        && (ReceivedFrom is null || d.ReceivedAt >= ReceivedFrom) && (ReceivedTo is null || d.ReceivedAt < ReceivedTo)
        && (ReturnedFrom is null || d.ReturnedAt >= ReturnedFrom) && (ReturnedTo is null || d.ReturnedAt < ReturnedTo)
        && NameWords.All(w => ApplicantSearch.Name(d.Applicant).Contains(w, StringComparison.Ordinal))
        && (ApplicantKey is null || ApplicantSearch.Keys(d.Applicant).Contains(ApplicantKey))
        && (ApplicantAccount is null || d.ApplicantAccount == ApplicantAccount);
}

/// <summary>One page of a search, and the token that reads the next (null on the last page).</summary>
public sealed record DossierPage(IReadOnlyList<StoredDossier> Dossiers, string? Continuation);
