using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

public enum StepState
{
    Pending,
    Active,
    Approved,
    Rejected,
    Cancelled,
}

/// <summary>What a department decides on its step.</summary>
public enum DecisionKind
{
    Approve,
    Reject,
    RequestSupplement,
    RequestFees,
}

/// <summary>One department's part in one step of the dossier's internal process.</summary>
public sealed record StepProgress(int Step, string Name, DepartmentCode Department)
{
    public StepState State { get; init; } = StepState.Pending;

    public DateTimeOffset? AssignedAt { get; init; }

    public WorkClock? Clock { get; init; }

    /// <summary>The step's deadline as last computed; it moves only when the dossier's clock stops and resumes.</summary>
    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public DecisionKind? Decision { get; init; }

    /// <summary>True once the department has been told the step is overdue, so it is told once per deadline.</summary>
    public bool OverdueReminded { get; init; }

    public bool IsOpen => State is StepState.Pending or StepState.Active;

    /// <summary>The working time the step has left of its budget (negative once overdue); null before it starts.</summary>
    public TimeSpan? WorkingTimeLeft(DateTimeOffset now, Calendar.WorkingCalendar calendar) => Clock is { } clock ? clock.Allowance - clock.UsedBy(now, calendar) : null;
}
