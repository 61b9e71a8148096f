using OneStop.Domain.Dossiers;

namespace OneStop.Application.Queries;

/// <summary>
/// What an officer looks for: dossiers by status, intake point, procedure, department, filed or received between two
/// instants [from, to), and a search text (a dossier code, a citizen ID, a phone number, or words of the applicant's
/// name, accents optional); a page at a time.
/// </summary>
public sealed record InboxQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public IReadOnlyList<DossierStatus> Statuses { get; init; } = [];

    public string? IntakePoint { get; init; }

    public string? Procedure { get; init; }

    public string? Department { get; init; }

    public DateTimeOffset? FiledFrom { get; init; }

    public DateTimeOffset? FiledTo { get; init; }

    public DateTimeOffset? ReceivedFrom { get; init; }

    public DateTimeOffset? ReceivedTo { get; init; }

    public string? Text { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;

    public string? Continuation { get; init; }
}
