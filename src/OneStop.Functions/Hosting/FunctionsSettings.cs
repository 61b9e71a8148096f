using OneStop.Api.Security;
using OneStop.Application.Dossiers;
using OneStop.Azure;
using OneStop.Domain.Dossiers;

namespace OneStop.Functions.Hosting;

/// <summary>The "OneStop" configuration section of the Functions app (app settings OneStop__…), checked at start-up.</summary>
public sealed record FunctionsSettings
{
    public string Agency { get; init; } = "";

    public List<IntakePoint> IntakePoints { get; init; } = [];

    public AzureServicesSettings Azure { get; init; } = new();

    public JwtSettings Jwt { get; init; } = new();

    public ReminderSettings Reminders { get; init; } = new();

    /// <summary>A catalog JSON file shipped with the app, imported at start-up (idempotent), or none.</summary>
    public string? CatalogFile { get; init; }

    /// <summary>A JSON file of annual holiday notices, loaded into the working calendar.</summary>
    public string? CalendarNoticesFile { get; init; }

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!AgencyCode.IsValid(Agency))
        {
            problems.Add($"OneStop:Agency '{Agency}' is not an agency code like 000.00.12.H56.");
        }
        if (IntakePoints.Count == 0)
        {
            problems.Add("OneStop:IntakePoints is empty: list at least the center.");
        }
        problems.AddRange(Azure.Problems().Select(p => $"OneStop:Azure: {p}"));
        problems.AddRange(Jwt.Problems("OneStop:Jwt"));
        if (!ReminderSchedule.IsValid(Reminders.Schedule))
        {
            problems.Add($"OneStop:Reminders:Schedule '{Reminders.Schedule}' is not a cron expression (minute hour day month weekday).");
        }
        return problems;
    }
}
