using OneStop.Application.Common;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Administration;

/// <summary>Where a notice in force came from; a later origin replaces an earlier one's notice of the same year.</summary>
public enum NoticeOrigin
{
    /// <summary>Published and read before this release (<see cref="PublishedNotices"/>).</summary>
    Published,

    /// <summary>The file the configuration names (OneStop:CalendarNoticesFile).</summary>
    Configured,

    /// <summary>Applied by an administrator, stored.</summary>
    Uploaded,
}

/// <summary>A notice the calendar applies, and where it came from.</summary>
public sealed record NoticeInForce(AnnualNotice Notice, NoticeOrigin Origin)
{
    public bool Uploaded => Origin == NoticeOrigin.Uploaded;
}

/// <summary>What applying a notice would do: the problems that refuse it, or the days that change (working day to day off, or back).</summary>
public sealed record NoticePreview(AnnualNotice Notice, IReadOnlyList<string> Problems, IReadOnlyList<DayChange> Changes, bool Replaces);

/// <summary>
/// The working calendar in force: the statutory holidays, the published notices shipped with the core, those of the
/// configuration's file, and those an administrator applied (stored); for a year, the last of these is in force. A notice is previewed (the days that change), then
/// applied without a restart, and recorded with who applied it and when. Every instance reads the stored notices at
/// start and on <see cref="RefreshAsync"/>, so one applied on another instance reaches it.
/// </summary>
public sealed class HolidayNotices
{
    public const string ApplyAction = "calendar.notice";

    private readonly IHolidayNoticeStore store;
    private readonly IAdministrationLog log;
    private readonly TimeProvider time;
    private readonly IReadOnlyList<NoticeInForce> shipped;
    private readonly IReadOnlyList<HolidayRuleSet> rules;
    private volatile State state;

    /// <param name="configured">The notices of the configuration's file.</param>
    /// <param name="rules">The statutory holiday rules (the core's own, or a file the configuration names).</param>
    /// <param name="published">The published notices (the core's own unless given).</param>
    public HolidayNotices(IHolidayNoticeStore store, IAdministrationLog log, TimeProvider time, IReadOnlyList<AnnualNotice> configured,
        IReadOnlyList<HolidayRuleSet>? rules = null, IReadOnlyList<AnnualNotice>? published = null)
    {
        this.store = store;
        this.log = log;
        this.time = time;
        shipped = [.. (published ?? PublishedNotices.All).Where(p => configured.All(c => c.Year != p.Year)).Select(n => new NoticeInForce(n, NoticeOrigin.Published))
            .Concat(configured.Select(n => new NoticeInForce(n, NoticeOrigin.Configured)))];
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
        var notices = shipped.Where(s => uploaded.All(u => u.Year != s.Notice.Year))
            .Concat(uploaded.Select(n => new NoticeInForce(n, NoticeOrigin.Uploaded)))
            .OrderBy(n => n.Notice.Year)
            .ToList();
        return new State(new WorkingCalendar(WorkingCalendarSettings.Default, notices.Select(n => n.Notice), rules), notices);
    }

    private static bool Same(IEnumerable<AnnualNotice> a, IEnumerable<AnnualNotice> b) =>
        System.Text.Json.JsonSerializer.Serialize(a.OrderBy(n => n.Year)) == System.Text.Json.JsonSerializer.Serialize(b.OrderBy(n => n.Year));

    /// <summary>The calendar and the notices it was built from, swapped together.</summary>
    private sealed record State(WorkingCalendar Calendar, IReadOnlyList<NoticeInForce> Notices);
}
