using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Access;
using OneStop.Application.Administration;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Deadlines;
using OneStop.Application.Decisions;
using OneStop.Application.Dossiers;
using OneStop.Application.Filing;
using OneStop.Application.Portal;
using OneStop.Application.Reception;
using OneStop.Application.Reports;
using OneStop.Application.Supplements;
using OneStop.Application.Workflow;
using OneStop.Application.Worklists;
using OneStop.Domain.Calendar;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Application;

/// <summary>
/// The engine and every use case, registered once for both hosts. The ports they need (stores, attachments, the
/// access log, the message sender, the clock) are the adapters' and the host's to register.
/// </summary>
public static class ApplicationServices
{
    public static IServiceCollection AddOneStopApplication(this IServiceCollection services, OneStopSettings settings)
    {
        services.AddSingleton(sp => new HolidayNotices(
            sp.GetRequiredService<IHolidayNoticeStore>(), sp.GetRequiredService<IAdministrationLog>(), sp.GetRequiredService<TimeProvider>(),
            ShippedNotices(settings.CalendarNoticesFile), settings.HolidayRulesFile is { } rules ? HolidayRules.FromJson(File.ReadAllText(rules)) : null));
        // The engine and the reminder schedule read the calendar in force at each use: a notice applied reaches them at once.
        services.AddSingleton(sp => new DossierEngine(CurrentCalendar(sp)));
        services.AddSingleton(settings.Center);
        services.AddSingleton(settings.Portal);
        services.AddSingleton<PortalOutbox>();
        services.AddSingleton<IPortalReportQueue>(sp => sp.GetRequiredService<PortalOutbox>());
        services.AddSingleton<PortalReporter>();
        services.AddSingleton<PortalIntake>();
        services.AddSingleton<PortalRound>();
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<CatalogAdministration>();
        services.AddSingleton<IntakePointDirectory>();
        services.AddSingleton<AccessPolicy>();
        services.AddSingleton<DossierService>();
        services.AddSingleton<DossierFiling>();
        services.AddSingleton<SupplementIntake>();
        services.AddSingleton<ReceptionDesk>();
        services.AddSingleton<IntakeBookQueries>();
        services.AddSingleton<DossierReader>();
        services.AddSingleton<DossierQueries>();
        services.AddSingleton<ReportQueries>();
        services.AddSingleton(settings.ScorecardRulesFile is { } file
            ? JsonSerializer.Deserialize<ScorecardRules>(File.ReadAllText(file), DomainJson.Options)!
            : ScorecardRules.Default);
        services.AddSingleton<ScoreCounts>();
        services.AddSingleton<IChangeCounter>(sp => sp.GetRequiredService<ScoreCounts>());
        services.AddSingleton<ScorecardQueries>();
        services.AddSingleton<OfficerDecisions>();
        services.AddSingleton<DossierTurns>();
        services.AddSingleton<WorkflowRepair>();
        services.AddSingleton<DecisionMessages>();
        services.AddSingleton(sp => new ReminderSchedule(settings.Reminders.Schedule, CurrentCalendar(sp)));
        services.AddSingleton<ReminderRound>();
        return services;
    }

    /// <summary>The annual notices of the configured file, if any.</summary>
    private static IReadOnlyList<AnnualNotice> ShippedNotices(string? noticesFile) =>
        noticesFile is { } path ? AnnualNotice.ListFromJson(File.ReadAllText(path)) : [];

    private static Func<WorkingCalendar> CurrentCalendar(IServiceProvider services)
    {
        var notices = services.GetRequiredService<HolidayNotices>();
        return () => notices.Current;
    }
}
