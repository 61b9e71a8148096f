using OneStop.Application.Centers;
using OneStop.Application.Deadlines;
using OneStop.Application.Portal;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Application;

/// <summary>
/// The part of the "OneStop" configuration section both hosts read the same way: the center, the calendar and
/// catalog files, the reminder schedule. Each host adds its own (the services it runs on, the token issuer, its workers).
/// </summary>
public record OneStopSettings
{
    public string Agency { get; init; } = "";

    public List<IntakePoint> IntakePoints { get; init; } = [];

    /// <summary>A catalog JSON file to import at start-up (idempotent), or none.</summary>
    public string? CatalogFile { get; init; }

    public ReminderSettings Reminders { get; init; } = new();

    /// <summary>How long the claim of a submission that died keeps its Idempotency-Key from being retried.</summary>
    public TimeSpan IdempotencyClaimTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>A JSON file of annual holiday notices (see AnnualNotice), loaded into the working calendar.</summary>
    public string? CalendarNoticesFile { get; init; }

    /// <summary>A JSON file of statutory holiday rules (see HolidayRules) to use instead of the core's own, when a law changes before a release.</summary>
    public string? HolidayRulesFile { get; init; }

    /// <summary>A JSON file of the Decision 766 scorecard's indicators and rules (see ScorecardRules) instead of the dashboard's practice the core ships.</summary>
    public string? ScorecardRulesFile { get; init; }

    /// <summary>Who the printed forms say issues them, and where their QR code leads.</summary>
    public FormSettings Forms { get; init; } = new();

    /// <summary>The connection to the National Public Service Portal; off unless enabled.</summary>
    public PortalSettings Portal { get; init; } = new();

    public CenterSettings Center => new(new AgencyCode(Agency), IntakePoints) { Forms = Forms };

    /// <summary>Every missing or wrong setting, each named by its configuration key.</summary>
    public virtual IReadOnlyList<string> ConfigurationErrors()
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
        if (CatalogFile is not null && !File.Exists(CatalogFile))
        {
            problems.Add($"OneStop:CatalogFile '{CatalogFile}' does not exist.");
        }
        if (!ReminderSchedule.IsValid(Reminders.Schedule))
        {
            problems.Add($"OneStop:Reminders:Schedule '{Reminders.Schedule}' is not a cron expression (minute hour day month weekday).");
        }
        if (HolidayRulesFile is not null && !File.Exists(HolidayRulesFile))
        {
            problems.Add($"OneStop:HolidayRulesFile '{HolidayRulesFile}' does not exist.");
        }
        if (ScorecardRulesFile is not null && !File.Exists(ScorecardRulesFile))
        {
            problems.Add($"OneStop:ScorecardRulesFile '{ScorecardRulesFile}' does not exist.");
        }
        if (CalendarNoticesFile is not null && !File.Exists(CalendarNoticesFile))
        {
            problems.Add($"OneStop:CalendarNoticesFile '{CalendarNoticesFile}' does not exist.");
        }
        problems.AddRange(Forms.ConfigurationErrors());
        problems.AddRange(Portal.ConfigurationErrors());
        if (Portal.Inbound != PortalInboundMode.Off && Portal.IntakePointCode is { } point && IntakePoints.All(p => p.Code != point))
        {
            problems.Add($"OneStop:Portal:IntakePointCode '{point}' is not one of OneStop:IntakePoints.");
        }
        if (IdempotencyClaimTimeout <= TimeSpan.Zero)
        {
            problems.Add("OneStop:IdempotencyClaimTimeout must be positive.");
        }
        return problems;
    }
}
