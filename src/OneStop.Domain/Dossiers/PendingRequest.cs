using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

public enum RequestKind
{
    Supplement,
    Fees,
}

/// <summary>What the dossier waits for from the applicant (status 5 or 6), and who asked.</summary>
/// <param name="Step">The step that asked, or null when reception asked before receiving the dossier.</param>
public sealed record PendingRequest(RequestKind Kind, DateTimeOffset RequestedAt, int? Step, DepartmentCode? Department, IReadOnlyList<string> Items, long AmountVnd, string Reason)
{
    public bool IsAtReception => Step is null;
}
