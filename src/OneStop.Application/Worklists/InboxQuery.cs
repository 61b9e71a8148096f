using OneStop.Application.Dossiers;

namespace OneStop.Application.Worklists;

/// <summary>
/// What an officer looks for: dossiers by the criteria of a <see cref="DossierFilter"/> (status, intake point,
/// procedure, department, filed or received between two instants), and a search text (a dossier code, a citizen ID, a
/// phone number, or words of the applicant's name, accents optional); a page at a time.
/// </summary>
public sealed record InboxQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>The criteria as asked; the caller's own limits (their intake point, their department) are added to them.</summary>
    public DossierFilter Filter { get; init; } = new();

    public string? Text { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;

    public string? Continuation { get; init; }
}
