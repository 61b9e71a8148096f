using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

/// <summary>
/// The one-stop process as a pure function: <c>Advance(dossier, signal, now) → (dossier', commands, wakeAt)</c>.
/// Every signal in every status either moves the dossier or is refused with a reason; nothing here does I/O
/// or reads a clock, so both hosts (Durable Functions and the self-hosted server) drive the same decisions.
/// </summary>
public sealed partial class DossierEngine
{
    private readonly Func<WorkingCalendar> currentCalendar;

    public DossierEngine(WorkingCalendar calendar)
        : this(() => calendar)
    {
    }

    /// <summary>An engine whose calendar may be replaced while it runs (an administrator applies a year's holiday notice).</summary>
    public DossierEngine(Func<WorkingCalendar> currentCalendar)
    {
        this.currentCalendar = currentCalendar;
    }

    /// <summary>The working calendar in force now.</summary>
    public WorkingCalendar Calendar => currentCalendar();

    public AdvanceResult Advance(Dossier dossier, Signal signal, DateTimeOffset now)
    {
        var transition = new Transition(dossier, now, signal.Actor);
        var refusal = signal switch
        {
            Receive => ReceiveDossier(transition),
            RefuseReception refuse => RefuseReception(transition, refuse),
            RequestSupplementAtReception request => RequestSupplementAtReception(transition, request),
            DepartmentDecision departmentDecision => Decide(transition, departmentDecision),
            ProvideSupplement supplement => ProvideSupplement(transition, supplement),
            PayFees payment => PayFees(transition, payment),
            DeclareDelay delay => DeclareDelay(transition, delay),
            RequestWithdrawal withdrawal => RequestWithdrawal(transition, withdrawal),
            StopProcessing stop => StopProcessing(transition, stop),
            ReturnResult returnResult => ReturnResult(transition, returnResult),
            RateService rating => RateService(transition, rating),
            Tick => ActOnDeadlines(transition),
            _ => new Refusal("unknown_signal", "Thao tác không được hỗ trợ."),
        };
        if (refusal is not null)
        {
            return new AdvanceResult(dossier, [], WakeAt(dossier), AdvanceOutcome.Refused, refusal);
        }
        return transition.Changed
            ? transition.Finish(WakeAt(transition.Dossier))
            : new AdvanceResult(dossier, [], WakeAt(dossier), transition.UnchangedOutcome);
    }

    /// <summary>
    /// When the engine must look at the dossier again though nothing arrives: the earliest step deadline not
    /// yet reminded, or the apology cut-off. Null when no deadline runs (waiting for the applicant, finished).
    /// </summary>
    public DateTimeOffset? WakeAt(Dossier dossier)
    {
        if (dossier.Status != DossierStatus.Processing)
        {
            return null;
        }
        var candidates = dossier.ActiveSteps
            .Where(s => !s.OverdueReminded && s.DueAt is not null)
            .Select(s => s.DueAt!.Value)
            .ToList();
        if (ApologyCutOff(dossier) is { } cutOff)
        {
            candidates.Add(cutOff);
        }
        return candidates.Count == 0 ? null : candidates.Min();
    }

    /// <summary>
    /// The latest moment to issue an apology (Mẫu 04): one working day before the due date (the revised one once
    /// an apology was issued). Null when it was already raised for that date, or when the time limit is too
    /// short for a day's notice.
    /// </summary>
    public DateTimeOffset? ApologyCutOff(Dossier dossier)
    {
        if (dossier.Status != DossierStatus.Processing || dossier.AppointmentAt is not { } appointment || dossier.Clock?.RunningSince is not { } since)
        {
            return null;
        }
        var due = dossier.RevisedAppointmentAt ?? appointment;
        if (dossier.ApologyRaisedFor == due)
        {
            return null;
        }
        var cutOff = Calendar.AddWorkingDays(due, -1);
        return cutOff > since ? cutOff : null;
    }

    private string Local(DateTimeOffset instant) => VietnameseText.DateTime(instant, Calendar.Settings.UtcOffset);

    private static bool Is(Actor actor, params ActorRole[] roles) => roles.Contains(actor.Role);
}
