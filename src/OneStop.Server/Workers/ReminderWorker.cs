using OneStop.Application.Deadlines;

namespace OneStop.Server.Workers;

/// <summary>
/// Runs the reminder round on the configured schedule (a cron expression in the province's time; by default
/// 07:00 Monday to Friday), skipping days the working calendar says are not working days (holidays).
/// </summary>
public sealed class ReminderWorker(ReminderRound round, ReminderSchedule schedule, TimeProvider time, ILogger<ReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.NextAfter(now) is not { } next)
            {
                logger.LogWarning("The reminder schedule never falls on a working day; no reminder round will run");
                return;
            }
            await Task.Delay(next - now, time, stoppingToken);
            try
            {
                var digest = await round.RunAsync(stoppingToken);
                logger.LogInformation("Reminder round: {DueSoon} due soon, {Overdue} overdue, {WillBeLate} needing an apology",
                    digest.DueSoon.Count, digest.Overdue.Count, digest.WillBeLate.Count);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminder round failed");
            }
        }
    }
}
