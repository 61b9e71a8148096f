namespace OneStop.PortalSimulator;

/// <summary>The simulator's configuration ("Simulator"): the account it accepts, and where it pushes the dossiers filed on it.</summary>
public sealed record SimulatorSettings
{
    public string Username { get; init; } = "";

    public string Password { get; init; } = "";

    /// <summary>The province system's endpoint the portal pushes dossiers to; none: dossiers wait to be fetched.</summary>
    public string? PushUrl { get; init; }

    /// <summary>The key the simulator presents when it pushes (header X-Portal-Key).</summary>
    public string? PushKey { get; init; }

    /// <summary>Where the simulator keeps its dossiers across restarts; none: in memory only (tests).</summary>
    public string? StateFile { get; init; }

    /// <summary>How long a call answered with a time-out fault hangs before answering.</summary>
    public TimeSpan HangFor { get; init; } = TimeSpan.FromSeconds(30);
}
