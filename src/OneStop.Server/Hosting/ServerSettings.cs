using OneStop.Api.Security;
using OneStop.Application;
using OneStop.Azure;
using OneStop.Azure.Queues;

namespace OneStop.Server.Hosting;

/// <summary>How often the workers look for work when there was none.</summary>
public sealed record WorkerSettings
{
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    public bool Enabled { get; init; } = true;

    /// <summary>How long a message taken off a queue stays hidden; if its worker dies, it is delivered again after this.</summary>
    public TimeSpan VisibilityTimeout { get; init; } = StorageQueueSettings.Default.VisibilityTimeout;
}

/// <summary>The "OneStop" configuration section of the server, checked as a whole at start-up.</summary>
public sealed record ServerSettings : OneStopSettings
{
    /// <summary>Create the database, containers and blob container when missing: for local stand-ins only.</summary>
    public bool EnsureStorage { get; init; }

    /// <summary>The Azure services (or their local stand-ins) the host runs on.</summary>
    public AzureServicesSettings Azure { get; init; } = new();

    public JwtSettings Jwt { get; init; } = new();

    public WorkerSettings Workers { get; init; } = new();

    /// <summary>The web workspace's sign-in with the province's identity provider.</summary>
    public WebSignInSettings Web { get; init; } = new();

    /// <summary>Put before every queue name: lets several instances share one storage account (tests, training).</summary>
    public string QueuePrefix { get; init; } = "";

    public override IReadOnlyList<string> ConfigurationErrors()
    {
        var problems = new List<string>(base.ConfigurationErrors());
        problems.AddRange(Azure.ConfigurationErrors().Select(p => $"OneStop:Azure: {p}"));
        problems.AddRange(Jwt.Problems("OneStop:Jwt"));
        if (QueuePrefix.Length > 20 || QueuePrefix.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')))
        {
            problems.Add($"OneStop:QueuePrefix '{QueuePrefix}' may hold at most 20 lowercase letters, digits and hyphens.");
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
