using Microsoft.Extensions.Diagnostics.HealthChecks;
using OneStop.Domain.Workflow;

namespace OneStop.Server.Hosting;

/// <summary>
/// Says in the readiness detail which years lack the government's holiday notice. The server stays ready (the
/// statutory days still apply), but an operator reading the check sees that a swapped working day would be missed.
/// </summary>
public sealed class CalendarNoticeCheck(DossierEngine engine, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var calendar = engine.Calendar;
        var missing = calendar.YearsMissingANotice(calendar.LocalDate(time.GetUtcNow()));
        return Task.FromResult(HealthCheckResult.Healthy(Describe(missing)));
    }

    public static string Describe(IReadOnlyList<int> missing) => missing.Count == 0
        ? "holiday notices loaded for the current year"
        : $"no government holiday notice loaded for {string.Join(" and ", missing)}: only the statutory holidays apply until one is loaded (an administrator applies it on the administration page, or OneStop:CalendarNoticesFile names a file)";
}
