using OneStop.Application.Administration;
using OneStop.Application.Centers;
using OneStop.Application.Deadlines;

namespace OneStop.Functions.Timers;

/// <summary>
/// The reminder round, on the same schedule as the server's: the configured cron expression in the province's
/// time, working days only. Azure reads timer expressions in UTC (and Linux plans ignore WEBSITE_TIME_ZONE), so
/// the timer wakes every five minutes and runs the round when an occurrence fell since its last run. A round run
/// twice sends nothing twice: reminders carry stable ids that Service Bus duplicate detection drops.
/// Each wake also reads the stored holiday notices and intake points again, so that what an administrator changed on
/// another instance reaches this one within five minutes.
/// </summary>
public sealed class ReminderTimer(
    ReminderRound round, ReminderSchedule schedule, HolidayNotices notices, IntakePointDirectory intakePoints, TimeProvider time, ILogger<ReminderTimer> logger)
{
    private static readonly TimeSpan Period = TimeSpan.FromMinutes(5);

    [Function(nameof(ReminderTimer))]
    public async Task RunAsync([TimerTrigger("0 */5 * * * *")] TimerInfo timer, FunctionContext context)
    {
        await notices.RefreshAsync(context.CancellationToken);
        await intakePoints.RefreshAsync(context.CancellationToken);
        var now = time.GetUtcNow();
        var last = timer.ScheduleStatus is { Last: var at } && at > DateTime.MinValue ? new DateTimeOffset(at.ToUniversalTime()) : now - Period;
        if (!schedule.IsDueBetween(last, now))
        {
            return;
        }
        var digest = await round.RunAsync(context.CancellationToken);
        logger.LogInformation("Reminder round: {DueSoon} due soon, {Overdue} overdue, {WillBeLate} needing an apology",
            digest.DueSoon.Count, digest.Overdue.Count, digest.WillBeLate.Count);
    }
}
