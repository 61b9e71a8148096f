using OneStop.Application.Common;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Administration;

/// <summary>A notice the calendar applies, and where it came from: shipped with the configuration, or applied by an administrator.</summary>
public sealed record NoticeInForce(AnnualNotice Notice, bool Uploaded);

/// <summary>What applying a notice would do: the problems that refuse it, or the days that change (working day to day off, or back).</summary>
public sealed record NoticePreview(AnnualNotice Notice, IReadOnlyList<string> Problems, IReadOnlyList<DayChange> Changes, bool Replaces);

/// <summary>
/// The working calendar in force: the statutory holidays, the notices shipped in the configuration, and those an
/// administrator applied (stored, and preferred for their year). A notice is previewed (the days that change), then
/// applied without a restart, and recorded with who applied it and when. Every instance reads the stored notices at
/// start and on <see cref="RefreshAsync"/>, so one applied on another instance reaches it.
/// </summary>
public sealed class HolidayNotices
{
    public const string ApplyAction = "calendar.notice";

    private readonly IHolidayNoticeStore store;
    private readonly IAdministrationLog log;
    private readonly TimeProvider time;
    private readonly IReadOnlyList<AnnualNotice> shipped;
    private readonly IReadOnlyList<HolidayRuleSet> rules;
    private volatile State state;

    /// <param name="shipped">The notices of the configuration's file.</param>
    /// <param name="rules">The statutory holiday rules (the core's own, or a file the configuration names).</param>
    public HolidayNotices(IHolidayNoticeStore store, IAdministrationLog log, TimeProvider time, IReadOnlyList<AnnualNotice> shipped, IReadOnlyList<HolidayRuleSet>? rules = null)
    {
        this.store = store;
        this.log = log;
        this.time = time;
        this.shipped = shipped;
        this.rules = rules ?? HolidayRules.Default;
        state = Build([]);
    }

    public WorkingCalendar Current => state.Calendar;

    public IReadOnlyList<NoticeInForce> InForce => state.Notices;

    /// <summary>Reads the stored notices again and rebuilds the calendar when they changed.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken = default)
    {
        var uploaded = await store.LoadAsync(cancellationToken);
        if (!Same(uploaded, state.Notices.Where(n => n.Uploaded).Select(n => n.Notice)))
        {
            state = Build(uploaded);
        }
    }

    public NoticePreview Preview(AnnualNotice notice)
    {
        notice = notice with { DaysOff = notice.DaysOff ?? [], WorkingDays = notice.WorkingDays ?? [] };
        var problems = notice.Problems();
        var replaces = state.Notices.Any(n => n.Notice.Year == notice.Year);
        if (problems.Count > 0)
        {
            return new NoticePreview(notice, problems, [], replaces);
        }
        var after = Build([.. state.Notices.Where(n => n.Uploaded).Select(n => n.Notice).Where(n => n.Year != notice.Year), notice]).Calendar;
        return new NoticePreview(notice, [], Current.ChangesIn(notice.Year, after), replaces);
    }

    /// <summary>Stores the notice and puts it in force at once; refused (nothing changed) when it has problems.</summary>
    /// <exception cref="InputRejectedException">The notice has problems.</exception>
    public async Task<NoticePreview> ApplyAsync(AnnualNotice notice, Actor administrator, CancellationToken cancellationToken = default)
    {
        var preview = Preview(notice);
        if (preview.Problems.Count > 0)
        {
            throw new InputRejectedException([.. preview.Problems.Select(p => new ValidationError("notice", p))]);
        }
        await store.SaveAsync(preview.Notice, cancellationToken);
        await RefreshAsync(cancellationToken);
        await log.AppendAsync(AdminChange.Of(administrator, ApplyAction,
            $"Áp dụng thông báo nghỉ lễ năm {notice.Year} ({notice.Reference}): {preview.Changes.Count} ngày thay đổi.", time.GetUtcNow()), cancellationToken);
        return preview;
    }

    private State Build(IReadOnlyList<AnnualNotice> uploaded)
    {
        var notices = shipped.Where(s => uploaded.All(u => u.Year != s.Year)).Select(n => new NoticeInForce(n, false))
            .Concat(uploaded.Select(n => new NoticeInForce(n, true)))
            .OrderBy(n => n.Notice.Year)
            .ToList();
        return new State(new WorkingCalendar(WorkingCalendarSettings.Default, notices.Select(n => n.Notice), rules), notices);
    }

    private static bool Same(IEnumerable<AnnualNotice> a, IEnumerable<AnnualNotice> b) =>
        System.Text.Json.JsonSerializer.Serialize(a.OrderBy(n => n.Year)) == System.Text.Json.JsonSerializer.Serialize(b.OrderBy(n => n.Year));

    /// <summary>The calendar and the notices it was built from, swapped together.</summary>
    private sealed record State(WorkingCalendar Calendar, IReadOnlyList<NoticeInForce> Notices);
}
