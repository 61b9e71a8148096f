using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Deadlines;

/// <summary>What a reminder round found and sent.</summary>
public sealed record ReminderDigest(DateTimeOffset At, IReadOnlyList<string> Overdue, IReadOnlyList<string> DueSoon, IReadOnlyList<string> WillBeLate);

/// <summary>
/// The daily reminder round: each department is reminded of its steps due within one working day; the center
/// gets a digest of overdue dossiers and of those whose apology (Mẫu 04) is due, all judged by the Domain's
/// <see cref="Attention"/>. Messages carry ids made of the dossier, step and day, so running the round twice the
/// same day sends nothing new to a receiver that drops duplicates.
/// </summary>
public sealed class ReminderRound(IDossierStore store, IMessageSender queue, CommandDispatcher dispatcher, DossierEngine engine, TimeProvider time)
{
    public async Task<ReminderDigest> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var day = engine.Calendar.LocalDate(now).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        var overdue = new List<string>();
        var dueSoon = new List<string>();
        var willBeLate = new List<string>();
        await foreach (var stored in store.NeedingAttentionAsync(Attention.DueSoonHorizon(now, engine.Calendar), cancellationToken))
        {
            var dossier = stored.Dossier;
            var attention = Attention.Of(dossier, now, engine.Calendar);
            foreach (var step in attention.Steps.Where(s => s.Urgency == Urgency.DueSoon).Select(s => s.Step))
            {
                var reminder = new RemindDepartment(step.Department, step.Step, step.DueAt!.Value, ReminderReason.DueSoon)
                {
                    Id = $"{dossier.Id}:reminder:{step.Department}:{step.Step}:{day}",
                    DossierId = dossier.Id,
                };
                await dispatcher.DispatchAsync(reminder, cancellationToken);
                dueSoon.Add(dossier.Id);
            }
            if (attention.IsOverdue)
            {
                overdue.Add(dossier.Id);
            }
            if (attention.OwesApology)
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
