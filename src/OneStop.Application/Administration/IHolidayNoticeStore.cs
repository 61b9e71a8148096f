using OneStop.Domain.Calendar;

namespace OneStop.Application.Administration;

/// <summary>The annual holiday notices administrators applied: one per year, a later one for the same year replacing it.</summary>
public interface IHolidayNoticeStore
{
    Task SaveAsync(AnnualNotice notice, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AnnualNotice>> LoadAsync(CancellationToken cancellationToken = default);
}
