using OneStop.Application.Messaging;
using OneStop.Application.Ports;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Dossiers;

/// <summary>What a reminder round found and sent.</summary>
public sealed record ReminderDigest(DateTimeOffset At, IReadOnlyList<string> Overdue, IReadOnlyList<string> DueSoon, IReadOnlyList<string> WillBeLate);

/// <summary>
/// The daily reminder round: each department is reminded of its steps due within one working day; the center
/// gets a digest of overdue dossiers and of those whose apology (Mẫu 04) is due. Messages carry ids made of
/// the dossier, step and day, so running the round twice the same day sends nothing new to a receiver that
/// drops duplicates.
/// </summary>
public sealed class ReminderRound(IDossierStore store, IMessageSender queue, CommandDispatcher dispatcher, DossierEngine engine, TimeProvider time)
{
    public async Task<ReminderDigest> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var day = engine.Calendar.LocalDate(now).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var soon = engine.Calendar.AddWorkingDays(now, 1);
        var overdue = new List<string>();
        var dueSoon = new List<string>();
        var willBeLate = new List<string>();
        await foreach (var stored in store.NeedingAttentionAsync(soon, cancellationToken))
        {
            var dossier = stored.Dossier;
            foreach (var step in dossier.ActiveSteps.Where(s => s.IsDueBetween(now, soon)))
            {
                var reminder = new RemindDepartment(step.Department, step.Step, step.DueAt!.Value, ReminderReason.DueSoon)
                {
                    Id = $"{dossier.Id}:reminder:{step.Department}:{step.Step}:{day}",
                    DossierId = dossier.Id,
                };
                await dispatcher.DispatchAsync(reminder, cancellationToken);
                dueSoon.Add(dossier.Id);
            }
            if (dossier.ActiveSteps.Any(s => s.IsOverdueAt(now)) || (dossier.RevisedAppointmentAt ?? dossier.AppointmentAt) < now)
            {
                overdue.Add(dossier.Id);
            }
            if (dossier.ApologyRaisedFor is not null && dossier.ApologyRaisedFor == (dossier.RevisedAppointmentAt ?? dossier.AppointmentAt))
            {
                willBeLate.Add(dossier.Id);
            }
        }
        var digest = new ReminderDigest(now, overdue, [.. dueSoon.Distinct()], willBeLate);
        OneStopTelemetry.SampleDeadlines(digest.Overdue.Count, digest.DueSoon.Count);
        await queue.SendAsync(QueueNames.Notifications, MessageEnvelope.Create("centerDigest", $"digest:{day}", "", digest, now), cancellationToken);
        return digest;
    }
}
