using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Portal;

namespace OneStop.Portal;

/// <summary>The portal's gateway for both hosts: one HTTP client for the connection, its time limit the configured one.</summary>
public static class PortalAdapter
{
    public static IServiceCollection AddPortalGateway(this IServiceCollection services, PortalSettings settings) =>
        services.AddSingleton<IPortalGateway>(new HttpPortalGateway(new HttpClient { Timeout = settings.Timeout + TimeSpan.FromSeconds(5) }, settings));
}
