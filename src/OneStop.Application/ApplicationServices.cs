using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Administration;
using OneStop.Application.Catalog;
using OneStop.Application.Dossiers;
using OneStop.Application.Messaging;
using OneStop.Application.Queries;
using OneStop.Application.Workflow;
using OneStop.Domain.Calendar;
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
        var calendar = Calendar(settings.CalendarNoticesFile);
        services.AddSingleton(new DossierEngine(calendar));
        services.AddSingleton(settings.Center);
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<CatalogAdministration>();
        services.AddSingleton<DossierService>();
        services.AddSingleton<DossierReader>();
        services.AddSingleton<DossierQueries>();
        services.AddSingleton<OfficerDecisions>();
        services.AddSingleton<DossierTurns>();
        services.AddSingleton<WorkflowRepair>();
        services.AddSingleton<DecisionMessages>();
        services.AddSingleton(new ReminderSchedule(settings.Reminders.Schedule, calendar));
        services.AddSingleton<ReminderRound>();
        return services;
    }

    /// <summary>The working calendar with the province's annual notices, when a file of them is configured.</summary>
    private static WorkingCalendar Calendar(string? noticesFile) => noticesFile is { } path
        ? new WorkingCalendar(WorkingCalendarSettings.Default, AnnualNotice.ListFromJson(File.ReadAllText(path)))
        : WorkingCalendar.Default;
}
