using System.Collections.Immutable;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

/// <summary>
/// The work of one <see cref="DossierEngine.Advance"/> call: the dossier as it changes, the events it records
/// and the commands it emits. Lives for one call only, which is why it may be mutable.
/// </summary>
internal sealed class Transition(Dossier start, DateTimeOffset now, Actor actor)
{
    private readonly Dossier original = start;
    private readonly List<Command> commands = [];

    public Dossier Dossier { get; private set; } = start;

    public DateTimeOffset Now => now;

    public Actor Actor => actor;

    public bool Changed => !ReferenceEquals(Dossier, original);

    public AdvanceOutcome UnchangedOutcome { get; private set; } = AdvanceOutcome.NothingDue;

    public int LastSequence => Dossier.History.Length;

    public void MarkDuplicate() => UnchangedOutcome = AdvanceOutcome.Duplicate;

    public void Update(Func<Dossier, Dossier> change) => Dossier = change(Dossier);

    public void UpdateStep(int step, DepartmentCode department, Func<StepProgress, StepProgress> change) =>
        Dossier = Dossier with
        {
            Steps = [.. Dossier.Steps.Select(s => s.Step == step && s.Department == department ? change(s) : s)],
        };

    /// <summary>Appends an event and, when given, moves the dossier to a new status.</summary>
    public void Record(DossierEvent change, DossierStatus? status = null)
    {
        var after = status ?? Dossier.Status;
        var entry = change with { Sequence = LastSequence + 1, At = now, Actor = actor, Status = after };
        Dossier = Dossier with { Status = after, History = Dossier.History.Add(entry) };
    }

    /// <summary>
    /// Emits a command caused by the last recorded event. Its id names the dossier, that event and the target,
    /// so replaying the same signal on the same dossier always produces the same ids.
    /// </summary>
    public void Emit(Command command, string target) =>
        commands.Add(command with { Id = $"{Dossier.Id}:{LastSequence}:{command.GetType().Name}:{target}", DossierId = Dossier.Id });

    public void Notify(ApplicantNotice notice, string message) =>
        Emit(new NotifyApplicant(notice, message), notice.ToString());

    public void IssueForm(FormKind form) => Emit(new IssueForm(form, LastSequence), form.ToString());

    public AdvanceResult Finish(DateTimeOffset? wakeAt)
    {
        if (PortalProgress.Followed(Dossier, original.History.Length).Any())
        {
            Emit(new ReportToPortal(LastSequence), "portal");
        }
        var emitted = commands.ToImmutableArray();
        var dossier = Dossier with { Outbox = Dossier.Outbox.AddRange(emitted) };
        return new AdvanceResult(dossier, emitted, wakeAt, AdvanceOutcome.Applied);
    }
}
