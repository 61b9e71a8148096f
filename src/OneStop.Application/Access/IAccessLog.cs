using OneStop.Domain.Dossiers;

namespace OneStop.Application.Access;

/// <summary>
/// One read of a dossier's personal data by an officer: who, when, which dossier, through which route; or an attempt
/// the access policy refused (<see cref="Refused"/>), recorded all the same.
/// </summary>
public sealed record AccessRecord(string Id, DateTimeOffset At, string DossierId, string ActorId, string ActorName, ActorRole ActorRole, string? Department, string Route, bool Refused = false)
{
    public static AccessRecord Of(string dossierId, Actor actor, string route, DateTimeOffset at) =>
        new(Guid.NewGuid().ToString("N"), at, dossierId, actor.Id, actor.Name, actor.Role, actor.Department?.Value, route);
}

/// <summary>
/// The access log of personal data (Law 91/2025 on personal data protection): appended to, never changed or
/// deleted by the application; read by the center's leaders, newest first.
/// </summary>
public interface IAccessLog
{
    Task AppendAsync(AccessRecord record, CancellationToken cancellationToken = default);

    /// <summary>Reads within [from, to), newest first: all, one dossier's, or one officer's.</summary>
    Task<IReadOnlyList<AccessRecord>> ReadAsync(DateTimeOffset from, DateTimeOffset to, string? dossierId, string? actorId, int limit, CancellationToken cancellationToken = default);
}
