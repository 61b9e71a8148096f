using OneStop.Api.Security;
using OneStop.Application.Dossiers;
using OneStop.Azure;
using OneStop.Azure.Queues;
using OneStop.Domain.Dossiers;

namespace OneStop.Server.Hosting;

/// <summary>How often the workers look for work when there was none.</summary>
public sealed record WorkerSettings
{
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public bool Enabled { get; init; } = true;

    /// <summary>How long a message taken off a queue stays hidden; if its worker dies, it is delivered again after this.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = StorageQueueSettings.Default.VisibilityTimeout;
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

    /// <summary>Put before every queue name: lets several instances share one storage account (tests, training).</summary>
    public string QueuePrefix { get; init; } = "";

    /// <summary>How long the claim of a submission that died keeps its Idempotency-Key from being retried.</summary>
    public TimeSpan IdempotencyClaimTimeout { get; init; } = TimeSpan.FromMinutes(5);

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
        if (QueuePrefix.Length > 20 || QueuePrefix.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            problems.Add($"OneStop:QueuePrefix '{QueuePrefix}' may hold at most 20 lowercase letters, digits and hyphens.");
        }
        if (IdempotencyClaimTimeout <= TimeSpan.Zero)
        {
            problems.Add("OneStop:IdempotencyClaimTimeout must be positive.");
        }
        if (Workers.VisibilityTimeout < TimeSpan.FromSeconds(1))
        {
            problems.Add("OneStop:Workers:VisibilityTimeout must be at least one second.");
        }
        if (Workers.PollInterval <= TimeSpan.Zero)
        {
            problems.Add("OneStop:Workers:PollInterval must be positive.");
        }
        return problems;
    }
}
