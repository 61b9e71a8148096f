using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>How many dossiers one counter (the officer who received them) of one intake point received on one local day.</summary>
public sealed record IntakeCount(DateOnly Day, string IntakePoint, string IntakePointName, string OfficerId, string OfficerName, int Received, int Online);

/// <summary>Intake per counter and per intake point per day, read from the dossiers' reception events.</summary>
public static class IntakeTally
{
    /// <summary>Every reception within the period, counted by day, intake point and officer, in that order.</summary>
    public static IReadOnlyList<IntakeCount> Of(IEnumerable<Dossier> dossiers, ReportPeriod period, WorkingCalendar calendar) =>
        [.. dossiers
            .SelectMany(d => d.History.OfType<DossierReceived>().Take(1).Select(r => (Dossier: d, Received: r)))
            .Where(x => x.Received.At >= period.From && x.Received.At < period.To)
            .GroupBy(x => (Day: calendar.LocalDate(x.Received.At), x.Dossier.IntakePoint.Code, x.Received.Actor.Id))
            .Select(g => new IntakeCount(
                g.Key.Day, g.Key.Code, g.First().Dossier.IntakePoint.Name, g.Key.Id, g.First().Received.Actor.Name,
                g.Count(), g.Count(x => x.Dossier.Channel == IntakeChannel.Online)))
            .OrderBy(c => c.Day).ThenBy(c => c.IntakePoint, StringComparer.Ordinal).ThenBy(c => c.OfficerName, StringComparer.Ordinal)];
}
