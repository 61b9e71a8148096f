using OneStop.Api.Security;
using OneStop.Azure;

namespace OneStop.Functions.Hosting;

/// <summary>The "OneStop" configuration section of the Functions app (app settings OneStop__…), checked at start-up.</summary>
public sealed record FunctionsSettings : OneStopSettings
{
    public JwtSettings Jwt { get; init; } = new();

    public override IReadOnlyList<string> Problems() => [.. base.Problems(), .. Jwt.Problems("OneStop:Jwt")];
}
