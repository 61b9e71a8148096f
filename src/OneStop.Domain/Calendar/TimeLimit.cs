namespace OneStop.Domain.Calendar;

public enum TimeLimitUnit
{
    WorkingDays,
    WorkingHours,

    /// <summary>Trong ngày: by the close of the working day the clock starts on.</summary>
    SameDay,
}

/// <summary>A published time limit (thời hạn giải quyết), counted in working time.</summary>
public readonly record struct TimeLimit(TimeLimitUnit Unit, int Amount)
{
    public static TimeLimit WorkingDays(int days) => new(TimeLimitUnit.WorkingDays, days);

    public static TimeLimit WorkingHours(int hours) => new(TimeLimitUnit.WorkingHours, hours);

    public static TimeLimit SameDay => new(TimeLimitUnit.SameDay, 0);

    public bool IsValid => Unit == TimeLimitUnit.SameDay ? Amount == 0 : Amount > 0;

    public override string ToString() => Unit switch
    {
        TimeLimitUnit.WorkingDays => $"{Amount} ngày làm việc",
        TimeLimitUnit.WorkingHours => $"{Amount} giờ làm việc",
        _ => "trong ngày",
    };
}
