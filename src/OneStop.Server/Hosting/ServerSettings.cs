using OneStop.Api.Security;
using OneStop.Application.Dossiers;
using OneStop.Azure;
using OneStop.Domain.Dossiers;

namespace OneStop.Server.Hosting;

/// <summary>How often the workers look for work when there was none.</summary>
public sealed record WorkerSettings
{
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public bool Enabled { get; init; } = true;
}

/// <summary>The "OneStop" configuration section, checked as a whole at start-up.</summary>
public sealed record ServerSettings
{
    public string Agency { get; init; } = "";

    public List<IntakePoint> IntakePoints { get; init; } = [];

    public AzureServicesSettings Azure { get; init; } = new();

    /// <summary>Create the database, containers and blob container when missing: for local stand-ins only.</summary>
    public bool EnsureStorage { get; init; }

    /// <summary>A catalog JSON file to import at start-up (idempotent), or none.</summary>
    public string? CatalogFile { get; init; }

    public JwtSettings Jwt { get; init; } = new();

    public WorkerSettings Workers { get; init; } = new();

    public ReminderSettings Reminders { get; init; } = new();

    /// <summary>A JSON file of annual holiday notices (see AnnualNotice), loaded into the working calendar.</summary>
    public string? CalendarNoticesFile { get; init; }

    /// <summary>Every missing or wrong setting, each named by its configuration key.</summary>
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
        if (CatalogFile is not null && !File.Exists(CatalogFile))
        {
            problems.Add($"OneStop:CatalogFile '{CatalogFile}' does not exist.");
        }
        if (!ReminderSchedule.IsValid(Reminders.Schedule))
        {
            problems.Add($"OneStop:Reminders:Schedule '{Reminders.Schedule}' is not a cron expression (minute hour day month weekday).");
        }
        if (CalendarNoticesFile is not null && !File.Exists(CalendarNoticesFile))
        {
            problems.Add($"OneStop:CalendarNoticesFile '{CalendarNoticesFile}' does not exist.");
        }
        if (Workers.PollInterval <= TimeSpan.Zero)
        {
            problems.Add("OneStop:Workers:PollInterval must be positive.");
        }
        return problems;
    }
}
