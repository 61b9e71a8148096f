using OneStop.Application.Administration;
using OneStop.Application.Common;
using OneStop.Application.Tests.InMemory;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Tests;

/// <summary>
/// A holiday notice an administrator uploads: previewed (the days that change), applied at once to the engine's
/// calendar, recorded, and picked up by another instance that reads the store again. The notice below is test data
/// for a far year, not a government decision.
/// </summary>
public class HolidayNoticesTests
{
    private static readonly Actor Administrator = new(ActorRole.Administrator, "quan-tri-1", "Phạm Minh Đức");

    /// <summary>Friday 4 January 2030 off, Saturday 12 January 2030 worked instead.</summary>
    private static AnnualNotice Swap => new(2030, "Dữ liệu thử nghiệm, không phải văn bản thật",
        [new NoticeDay(new DateOnly(2030, 1, 4), "Nghỉ hoán đổi (thử nghiệm)")],
        [new NoticeDay(new DateOnly(2030, 1, 12), "Làm bù (thử nghiệm)")]);

    [Fact]
    public async Task A_notice_is_previewed_then_applied_to_the_engine_at_once_recorded_and_seen_by_another_instance()
    {
        var store = new InMemoryHolidayNoticeStore();
        var log = new InMemoryAdministrationLog();
        var notices = new HolidayNotices(store, log, TimeProvider.System, []);
        var engine = new DossierEngine(() => notices.Current);

        var preview = notices.Preview(Swap);
        Assert.Empty(preview.Problems);
        Assert.Equal(
            [new DayChange(new DateOnly(2030, 1, 4), true, false), new DayChange(new DateOnly(2030, 1, 12), false, true)],
            preview.Changes);
        Assert.True(engine.Calendar.IsWorkingDay(new DateOnly(2030, 1, 4)));

        await notices.ApplyAsync(Swap, Administrator);

        Assert.False(engine.Calendar.IsWorkingDay(new DateOnly(2030, 1, 4)));
        Assert.True(engine.Calendar.IsWorkingDay(new DateOnly(2030, 1, 12)));
        Assert.Contains("năm 2030", Assert.Single(log.Changes).Summary);
        var otherInstance = new HolidayNotices(store, log, TimeProvider.System, []);
        await otherInstance.RefreshAsync();
        Assert.False(otherInstance.Current.IsWorkingDay(new DateOnly(2030, 1, 4)));
        Assert.True(Assert.Single(otherInstance.InForce, n => n.Notice.Year == 2030).Uploaded);
    }

    [Fact]
    public async Task A_notice_with_problems_is_refused_in_Vietnamese_and_changes_nothing()
    {
        var store = new InMemoryHolidayNoticeStore();
        var notices = new HolidayNotices(store, new InMemoryAdministrationLog(), TimeProvider.System, []);
        var wrong = Swap with { Reference = " ", WorkingDays = [new NoticeDay(new DateOnly(2031, 1, 11), "Sai năm")] };

        var refused = await Assert.ThrowsAsync<InputRejectedException>(() => notices.ApplyAsync(wrong, Administrator));

        Assert.Contains(refused.Errors, e => e.Message.Contains("số, ngày của văn bản", StringComparison.Ordinal));
        Assert.Contains(refused.Errors, e => e.Message.Contains("không thuộc năm 2030", StringComparison.Ordinal));
        Assert.Empty(await store.LoadAsync());
        Assert.True(notices.Current.IsWorkingDay(new DateOnly(2030, 1, 4)));
    }

    [Fact]
    public async Task An_uploaded_notice_replaces_the_shipped_one_for_its_year()
    {
        var shipped = new AnnualNotice(2030, "Tệp cấu hình (thử nghiệm)", [new NoticeDay(new DateOnly(2030, 1, 7), "Nghỉ (thử nghiệm)")], []);
        var notices = new HolidayNotices(new InMemoryHolidayNoticeStore(), new InMemoryAdministrationLog(), TimeProvider.System, [shipped]);
        Assert.False(notices.Current.IsWorkingDay(new DateOnly(2030, 1, 7)));

        var applied = await notices.ApplyAsync(Swap, Administrator);

        Assert.True(applied.Replaces);
        Assert.True(notices.Current.IsWorkingDay(new DateOnly(2030, 1, 7)));
        Assert.Equal(Swap.Reference, Assert.Single(notices.InForce, n => n.Notice.Year == 2030).Notice.Reference);
    }

    [Fact]
    public void The_published_notices_2024_to_2026_are_in_force_without_any_file_and_a_configured_one_replaces_its_year()
    {
        var published = new HolidayNotices(new InMemoryHolidayNoticeStore(), new InMemoryAdministrationLog(), TimeProvider.System, []);
        Assert.Equal([2024, 2025, 2026], published.InForce.Select(n => n.Notice.Year));
        Assert.All(published.InForce, n => Assert.Equal(NoticeOrigin.Published, n.Origin));
        Assert.True(published.Current.IsWorkingDay(new DateOnly(2026, 1, 10)));
        Assert.Equal([2027], published.Current.YearsMissingANotice(new DateOnly(2026, 12, 4)));

        var correction = new AnnualNotice(2026, "Bản sửa của tỉnh (thử nghiệm)", [new NoticeDay(new DateOnly(2026, 3, 2), "Nghỉ (thử nghiệm)")], []);
        var configured = new HolidayNotices(new InMemoryHolidayNoticeStore(), new InMemoryAdministrationLog(), TimeProvider.System, [correction]);

        Assert.Equal(NoticeOrigin.Configured, Assert.Single(configured.InForce, n => n.Notice.Year == 2026).Origin);
        Assert.False(configured.Current.IsWorkingDay(new DateOnly(2026, 3, 2)));
        Assert.False(configured.Current.IsWorkingDay(new DateOnly(2026, 1, 10)));
    }
}
