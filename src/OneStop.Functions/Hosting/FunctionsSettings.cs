using OneStop.Api.Security;
using OneStop.Application;
using OneStop.Azure;

namespace OneStop.Functions.Hosting;

/// <summary>The "OneStop" configuration section of the Functions app (app settings OneStop__…), checked at start-up.</summary>
public sealed record FunctionsSettings : OneStopSettings
{
    /// <summary>The Azure services (or their local stand-ins) the host runs on.</summary>
    public AzureServicesSettings Azure { get; init; } = new();

    public JwtSettings Jwt { get; init; } = new();

    public override IReadOnlyList<string> ConfigurationErrors() =>
        [.. base.ConfigurationErrors(), .. Azure.ConfigurationErrors().Select(p => $"OneStop:Azure: {p}"), .. Jwt.Problems("OneStop:Jwt")];
}
