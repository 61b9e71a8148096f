using OneStop.Domain.Dossiers;

namespace OneStop.Application.Common;

/// <summary>One change an administrator made: who, when, what (a stable action name) and a summary people read.</summary>
public sealed record AdminChange(string Id, DateTimeOffset At, string ActorId, string ActorName, string Action, string Summary)
{
    public static AdminChange Of(Actor actor, string action, string summary, DateTimeOffset at) =>
        new(Guid.NewGuid().ToString("N"), at, actor.Id, actor.Name, action, summary);
}

/// <summary>The record of administrative changes (the catalog, departments): appended to, never changed; read newest first.</summary>
public interface IAdministrationLog
{
    Task AppendAsync(AdminChange change, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AdminChange>> ReadAsync(int limit, CancellationToken cancellationToken = default);
}
