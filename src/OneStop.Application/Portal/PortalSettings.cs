namespace OneStop.Application.Portal;

/// <summary>How dossiers filed on the portal reach the center.</summary>
public enum PortalInboundMode
{
    /// <summary>None do (the province receives them some other way, or not yet).</summary>
    Off,

    /// <summary>The portal calls the center's endpoint (POST /api/portal/dossiers) with the shared key.</summary>
    Push,

    /// <summary>The center asks the portal for new dossiers on a schedule.</summary>
    Fetch,
}

/// <summary>
/// The connection to the National Public Service Portal ("OneStop:Portal"). The account (user name, password) comes
/// from configuration only: an app setting that is a Key Vault reference in Azure, an environment variable locally.
/// Off unless enabled: a province connects once the portal has given it an account.
/// </summary>
public sealed record PortalSettings
{
    public bool Enabled { get; init; }

    /// <summary>The portal's adapter address (adapter_url), for example the address of the province's integration platform (LGSP) or the portal's test environment.</summary>
    public string? AdapterUrl { get; init; }

    /// <summary>The sign-in path under the adapter address (auth_endpoint).</summary>
    public string AuthEndpoint { get; init; } = "/auth";

    /// <summary>The path every service is posted to (integration_endpoint).</summary>
    public string IntegrationEndpoint { get; init; } = "/integration";

    /// <summary>The province's unit code at the portal (madonvi).</summary>
    public string? UnitCode { get; init; }

    /// <summary>The destination code the portal's gateway routes by (the dstcode header).</summary>
    public string? DestinationCode { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    /// <summary>How long a call may take before it counts as failed (and is retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Failed attempts after which a dossier's reporting stops in a dead letter. With the default waits (10 s doubling
    /// up to an hour) the sixteenth failure comes about eight and a half hours after the first: a portal down for a
    /// working day stops reports in the dead letters, a shorter outage does not.
    /// </summary>
    public int MaxAttempts { get; init; } = 16;

    /// <summary>The wait after the first failure; it doubles with each further failure up to <see cref="MaxRetryAfter"/>.</summary>
    public TimeSpan FirstRetryAfter { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How often the self-hosted server looks for reports due (Azure's timer runs every minute).</summary>
    public TimeSpan SweepInterval { get; init; } = TimeSpan.FromSeconds(5);

    public PortalInboundMode Inbound { get; init; } = PortalInboundMode.Off;

    /// <summary>The key the portal presents when it pushes a dossier (header X-Portal-Key); configuration only.</summary>
    public string? InboundKey { get; init; }

    /// <summary>The portal's service that lists the dossiers filed since an instant, for <see cref="PortalInboundMode.Fetch"/>.</summary>
    public string FetchService { get; init; } = "LayDanhSachHoSo";

    /// <summary>How often the self-hosted server fetches, for <see cref="PortalInboundMode.Fetch"/>.</summary>
    public TimeSpan FetchInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The intake point whose reception inbox receives the portal's dossiers.</summary>
    public string? IntakePointCode { get; init; }

    /// <summary>The wait before the attempt after <paramref name="failures"/> failures.</summary>
    public TimeSpan RetryAfter(int failures) =>
        TimeSpan.FromTicks(Math.Min(MaxRetryAfter.Ticks, FirstRetryAfter.Ticks * (1L << Math.Clamp(failures - 1, 0, 30))));

    /// <summary>Every missing or wrong setting, each named by its configuration key.</summary>
    public IReadOnlyList<string> ConfigurationErrors()
    {
        if (!Enabled)
        {
            return [];
        }
        var problems = new List<string>();
        if (!Uri.TryCreate(AdapterUrl, UriKind.Absolute, out var adapter) || adapter.Scheme is not ("https" or "http"))
        {
            problems.Add("OneStop:Portal:AdapterUrl must be the portal adapter's absolute address.");
        }
        if (string.IsNullOrWhiteSpace(Username) || string.IsNullOrWhiteSpace(Password))
        {
            problems.Add("OneStop:Portal:Username and OneStop:Portal:Password must be set (a Key Vault reference in Azure, the environment locally).");
        }
        if (string.IsNullOrWhiteSpace(UnitCode))
        {
            problems.Add("OneStop:Portal:UnitCode (madonvi) must be set.");
        }
        if (MaxAttempts < 1 || FirstRetryAfter < TimeSpan.Zero || MaxRetryAfter < FirstRetryAfter || Timeout <= TimeSpan.Zero)
        {
            problems.Add("OneStop:Portal: MaxAttempts must be at least 1, and the retry waits and the timeout positive.");
        }
        if (Inbound == PortalInboundMode.Push && (InboundKey?.Length ?? 0) < 24)
        {
            problems.Add("OneStop:Portal:InboundKey must be at least 24 characters when Inbound is Push.");
        }
        if (Inbound != PortalInboundMode.Off && string.IsNullOrWhiteSpace(IntakePointCode))
        {
            problems.Add("OneStop:Portal:IntakePointCode must name the intake point that receives the portal's dossiers.");
        }
        return problems;
    }
}
