using Cronos;
using OneStop.Application.Dossiers;
using OneStop.Domain.Workflow;
using OneStop.Server.Hosting;

namespace OneStop.Server.Workers;

/// <summary>
/// Runs the reminder round on the configured schedule (a cron expression in the province's time; by default
/// 07:00 Monday to Friday), skipping days the working calendar says are not working days (holidays).
/// </summary>
public sealed class ReminderWorker(ReminderRound round, DossierEngine engine, ServerSettings settings, TimeProvider time, ILogger<ReminderWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var schedule = CronExpression.Parse(settings.Reminders.Schedule);
        var zone = TimeZoneInfo.CreateCustomTimeZone("OneStop", engine.Calendar.Settings.UtcOffset, "Province time", "Province time");
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            if (schedule.GetNextOccurrence(now, zone) is not { } next)
            {
                return;
            }
            await Task.Delay(next - now, time, stoppingToken);
            if (!engine.Calendar.IsWorkingDay(engine.Calendar.LocalDate(next)))
            {
                continue;
            }
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
