using System.Security.Cryptography;
using System.Text;

namespace OneStop.Application.Workflow;

/// <summary>
/// A department's decision handed to a dossier's orchestration, kept in the dossier's inbox until a turn has taken
/// it, or parked, with the reason, after failing <see cref="MaxAttempts"/> turns, until an operator replays it. The
/// orchestration's events only say "look at the inbox", so an event lost anywhere (a generation's end, a swallowed
/// wait) loses nothing: the next turn takes what is kept. Its id follows from the dossier and the message, so the
/// same message handed over twice is kept once.
/// </summary>
public sealed record HeldSignal(string Id, string DossierId, string Department, string Decision, DateTimeOffset ReceivedAt)
{
    /// <summary>Turns a signal may fail before it is parked.</summary>
    public const int MaxAttempts = 3;

    public int Attempts { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? ParkedAt { get; init; }

    public bool Parked => ParkedAt is not null;

    public static HeldSignal Of(string dossierId, string department, string decision, DateTimeOffset receivedAt)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{dossierId}\n{department}\n{decision}"));
        return new HeldSignal(Convert.ToHexStringLower(digest)[..32], dossierId, department, decision, receivedAt);
    }

    /// <summary>The signal after a failed turn: tried once more, and parked when that was its last try.</summary>
    public HeldSignal Failed(string error, DateTimeOffset at) =>
        this with { Attempts = Attempts + 1, LastError = error, ParkedAt = Attempts + 1 >= MaxAttempts ? at : null };

    /// <summary>Back in the inbox with its tries renewed (an operator's replay after mending the cause).</summary>
    public HeldSignal Replayed() => this with { Attempts = 0, ParkedAt = null };
}
