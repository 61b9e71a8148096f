using OneStop.Azure;
using OneStop.Domain.Dossiers;

namespace OneStop.Server.Hosting;

/// <summary>The token issuer the server trusts. The signing key comes from the environment, never from the repository.</summary>
public sealed record JwtSettings
{
    public string Issuer { get; init; } = "";

    public string Audience { get; init; } = "";

    /// <summary>Base64 of at least 32 bytes (HMAC-SHA256).</summary>
    public string SigningKey { get; init; } = "";
}

/// <summary>How often the workers look for work when there was none.</summary>
public sealed record WorkerSettings
{
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public bool Enabled { get; init; } = true;
}

/// <summary>When the reminder round runs: a cron expression (5 fields) in the province's time.</summary>
public sealed record ReminderSettings
{
    public string Schedule { get; init; } = "0 7 * * 1-5";
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
        if (string.IsNullOrWhiteSpace(Jwt.Issuer))
        {
            problems.Add("OneStop:Jwt:Issuer is missing.");
        }
        if (string.IsNullOrWhiteSpace(Jwt.Audience))
        {
            problems.Add("OneStop:Jwt:Audience is missing.");
        }
        if (!IsKey(Jwt.SigningKey))
        {
            problems.Add("OneStop:Jwt:SigningKey must be Base64 of at least 32 bytes (set it in the environment: OneStop__Jwt__SigningKey).");
        }
        if (CatalogFile is not null && !File.Exists(CatalogFile))
        {
            problems.Add($"OneStop:CatalogFile '{CatalogFile}' does not exist.");
        }
        if (!Cronos.CronExpression.TryParse(Reminders.Schedule, out _))
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

    private static bool IsKey(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out int length) && length >= 32;
    }
}
