namespace OneStop.Domain.Calendar;

/// <summary>A day whose working status differs between two calendars: a working day before, a day off after, or the reverse.</summary>
public sealed record DayChange(DateOnly Date, bool WorkingBefore, bool WorkingAfter);

/// <summary>
/// Working time in a province: which days are working days (weekends, statutory holidays, compensatory days and
/// the annual notices applied), office hours, and arithmetic on instants in working time.
/// Every operation costs the same whatever the span: the days of 1900–2199 are laid out once on a working-time
/// line (a running count of working days), so adding or measuring working time is index arithmetic.
/// </summary>
public sealed class WorkingCalendar
{
    public static readonly DateOnly FirstDate = new(1900, 1, 1);
    public static readonly DateOnly LastDate = new(2199, 12, 31);

    private static readonly Lazy<WorkingCalendar> DefaultCalendar = new(() => new WorkingCalendar(WorkingCalendarSettings.Default, []));

    private readonly int firstDayNumber;

    /// <summary>For each day from <see cref="FirstDate"/>: how many working days come before it.</summary>
    private readonly int[] workingDaysBefore;

    /// <summary>The day numbers of the working days, in order: the inverse of <see cref="workingDaysBefore"/>.</summary>
    private readonly int[] workingDayNumbers;

    private readonly long dayTicks;

    public WorkingCalendar(WorkingCalendarSettings settings, IEnumerable<AnnualNotice> notices)
        : this(settings, notices, HolidayRules.Default)
    {
    }

    /// <param name="rules">The statutory holidays by law and effective date (<see cref="HolidayRules"/>).</param>
    public WorkingCalendar(WorkingCalendarSettings settings, IEnumerable<AnnualNotice> notices, IReadOnlyList<HolidayRuleSet> rules)
    {
        Settings = settings;
        dayTicks = settings.Hours.DayLength.Ticks;
        firstDayNumber = FirstDate.DayNumber;
        int dayCount = LastDate.DayNumber - firstDayNumber + 1;

        var isWorking = new bool[dayCount];
        for (int i = 0; i < dayCount; i++)
        {
            isWorking[i] = !StatutoryHolidays.IsWeekend(DateOnly.FromDayNumber(firstDayNumber + i));
        }
        for (int year = FirstDate.Year; year <= LastDate.Year; year++)
        {
            foreach (var holiday in StatutoryHolidays.For(year, rules).Keys)
            {
                SetIfInRange(isWorking, holiday, false);
            }
        }
        var noticeYears = new SortedSet<int>();
        foreach (var notice in notices)
        {
            noticeYears.Add(notice.Year);
            foreach (var day in notice.DaysOff)
            {
                SetIfInRange(isWorking, day.Date, false);
            }
            foreach (var day in notice.WorkingDays)
            {
                SetIfInRange(isWorking, day.Date, true);
            }
        }

        NoticeYears = noticeYears;
        workingDaysBefore = new int[dayCount + 1];
        var numbers = new List<int>(dayCount);
        for (int i = 0; i < dayCount; i++)
        {
            workingDaysBefore[i + 1] = workingDaysBefore[i] + (isWorking[i] ? 1 : 0);
            if (isWorking[i])
            {
                numbers.Add(firstDayNumber + i);
            }
        }
        workingDayNumbers = [.. numbers];
    }

    /// <summary>The calendar of the statutory rules alone with default office hours, shared because it is immutable.</summary>
    public static WorkingCalendar Default => DefaultCalendar.Value;

    public WorkingCalendarSettings Settings { get; }

    public TimeSpan WorkingDayLength => TimeSpan.FromTicks(dayTicks);

    /// <summary>The years for which a government notice on holidays was loaded.</summary>
    public IReadOnlySet<int> NoticeYears { get; }

    /// <summary>
    /// The years that should have a notice by <paramref name="today"/> and have none: the current year, and from
    /// 1 October (when the government usually announces the next year's Tết and holidays) the next. Without one, the
    /// calendar computes the statutory days alone, and a swapped working day of the notice is missed.
    /// </summary>
    public IReadOnlyList<int> YearsMissingANotice(DateOnly today) =>
        [.. new[] { today.Year, today.Month >= 10 ? today.Year + 1 : 0 }.Where(y => y > 0 && !NoticeYears.Contains(y))];

    /// <summary>The days of a year whose working status differs in another calendar: what applying a notice would change.</summary>
    public IReadOnlyList<DayChange> ChangesIn(int year, WorkingCalendar other)
    {
        var changes = new List<DayChange>();
        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (IsWorkingDay(day) != other.IsWorkingDay(day))
            {
                changes.Add(new DayChange(day, IsWorkingDay(day), other.IsWorkingDay(day)));
            }
        }
        return changes;
    }

    public bool IsWorkingDay(DateOnly date)
    {
        int index = Index(date);
        return workingDaysBefore[index + 1] > workingDaysBefore[index];
    }

    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var local = instant.ToOffset(Settings.UtcOffset);
        return IsWorkingDay(DateOnly.FromDateTime(local.DateTime)) && Settings.Hours.Contains(TimeOnly.FromDateTime(local.DateTime));
    }

    /// <summary>The province's local date of an instant.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Settings.UtcOffset).DateTime);

    /// <summary>The instant itself when it is working time; otherwise the start of the next working period.</summary>
    public DateTimeOffset NextWorkingInstant(DateTimeOffset instant) => StartAt(Position(instant));

    /// <summary>
    /// When the clock of a dossier received at an instant starts: at once in working time before the daily
    /// cut-off; at the start of the next working day after it; at the next working period otherwise.
    /// </summary>
    public DateTimeOffset ClockStart(DateTimeOffset receivedAt)
    {
        var local = receivedAt.ToOffset(Settings.UtcOffset);
        var date = DateOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(date) && TimeOnly.FromDateTime(local.DateTime) > Settings.DailyCutOff)
        {
            return StartAt((long)(workingDaysBefore[Index(date)] + 1) * dayTicks);
        }
        return NextWorkingInstant(receivedAt);
    }

    /// <summary>
    /// The instant at which a working time has passed from an instant (negative: the instant it had that much
    /// working time to go). A result at the end of a working period is its closing time, not the next opening.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset from, TimeSpan workingTime) => EndAt(Position(from) + workingTime.Ticks);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days) => Add(from, WorkingDayLength * days);

    public DateTimeOffset AddWorkingHours(DateTimeOffset from, int hours) => Add(from, TimeSpan.FromHours(hours));

    /// <summary>The working time from one instant to another; negative when the second is earlier.</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to) => TimeSpan.FromTicks(Position(to) - Position(from));

    /// <summary>The working time a time limit grants to a clock starting at an instant.</summary>
    public TimeSpan Allowance(TimeLimit limit, DateTimeOffset clockStart) => limit.Unit switch
    {
        TimeLimitUnit.WorkingDays => WorkingDayLength * limit.Amount,
        TimeLimitUnit.WorkingHours => TimeSpan.FromHours(limit.Amount),
        // Whatever is left of the working day the clock starts in.
        _ => TimeSpan.FromTicks(dayTicks - Position(clockStart) % dayTicks),
    };

    /// <summary>When a time limit counted from a clock start runs out.</summary>
    public DateTimeOffset DueAt(DateTimeOffset clockStart, TimeLimit limit) => Add(clockStart, Allowance(limit, clockStart));

    /// <summary>
    /// Where an instant stands on the working-time line: working time since <see cref="FirstDate"/>. Non-working
    /// time has no length on this line, so an instant in it stands where the next working period starts.
    /// </summary>
    private long Position(DateTimeOffset instant)
    {
        var local = instant.ToOffset(Settings.UtcOffset);
        var date = DateOnly.FromDateTime(local.DateTime);
        int index = Index(date);
        long position = (long)workingDaysBefore[index] * dayTicks;
        return IsWorkingDay(date) ? position + Settings.Hours.ElapsedAt(TimeOnly.FromDateTime(local.DateTime)).Ticks : position;
    }

    /// <summary>The earliest instant at a position: where work resumes.</summary>
    private DateTimeOffset StartAt(long position)
    {
        long day = position / dayTicks;
        return InstantOn((int)day, Settings.Hours.TimeAt(TimeSpan.FromTicks(position - day * dayTicks), atClose: false));
    }

    /// <summary>The latest instant at a position: where work stops.</summary>
    private DateTimeOffset EndAt(long position)
    {
        long day = position / dayTicks;
        long into = position - day * dayTicks;
        if (into == 0 && day > 0)
        {
            return InstantOn((int)day - 1, Settings.Hours.Closing);
        }
        return InstantOn((int)day, Settings.Hours.TimeAt(TimeSpan.FromTicks(into), atClose: true));
    }

    private DateTimeOffset InstantOn(int workingDayOrdinal, TimeOnly time)
    {
        if (workingDayOrdinal < 0 || workingDayOrdinal >= workingDayNumbers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(workingDayOrdinal), $"Working time outside {FirstDate:yyyy}–{LastDate:yyyy}.");
        }
        var date = DateOnly.FromDayNumber(workingDayNumbers[workingDayOrdinal]);
        return new DateTimeOffset(date.ToDateTime(time), Settings.UtcOffset);
    }

    private int Index(DateOnly date)
    {
        if (date < FirstDate || date > LastDate)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The working calendar covers {FirstDate:yyyy}–{LastDate:yyyy}.");
        }
        return date.DayNumber - firstDayNumber;
    }

    private void SetIfInRange(bool[] isWorking, DateOnly date, bool working)
    {
        if (date >= FirstDate && date <= LastDate)
        {
            isWorking[date.DayNumber - firstDayNumber] = working;
        }
    }
}
