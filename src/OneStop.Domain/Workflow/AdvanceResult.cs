using System.Collections.Immutable;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

public enum AdvanceOutcome
{
    /// <summary>The signal moved the dossier.</summary>
    Applied,

    /// <summary>The signal was already applied (a redelivered decision): nothing changed.</summary>
    Duplicate,

    /// <summary>Nothing was due (a tick with no deadline passed): nothing changed.</summary>
    NothingDue,

    /// <summary>The signal is not allowed now: nothing changed, see <see cref="Refusal"/>.</summary>
    Refused,
}

/// <summary>Why a signal was refused: a stable code for programs, a Vietnamese message for people.</summary>
public sealed record Refusal(string Code, string Message);

/// <summary>What <see cref="DossierEngine.Advance"/> decided.</summary>
/// <param name="Dossier">The dossier after the signal (the same instance when nothing changed).</param>
/// <param name="Commands">The commands this signal produced; they are also appended to the dossier's outbox.</param>
/// <param name="WakeAt">When the engine must be called again with a <see cref="Tick"/> even if nothing else happens.</param>
public sealed record AdvanceResult(Dossier Dossier, ImmutableArray<Command> Commands, DateTimeOffset? WakeAt, AdvanceOutcome Outcome, Refusal? Refusal = null);
