using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Handlers;
using OneStop.Api.Security;
using OneStop.Application;
using OneStop.Application.Workflow;
using OneStop.Azure;
using OneStop.Functions.Messaging;
using OneStop.Functions.Workflow;
using OneStop.Portal;

namespace OneStop.Functions.Hosting;

/// <summary>
/// What the Functions app's triggers are built from, apart from what only Azure has (the Service Bus client, the
/// telemetry exporters) and the clock: <c>Program</c> adds those, and the Durable tests add Azurite's queues and
/// a clock of their own, so that they run these very services under the Durable Task SDK.
/// </summary>
public static class FunctionsServices
{
    public static IServiceCollection AddOneStopFunctions(this IServiceCollection services, FunctionsSettings settings)
    {
        services.AddSingleton(settings);
        services.AddOneStopApplication(settings);
        services.AddAzureAdapters(settings.Azure, settings.IdempotencyClaimTimeout);
        services.AddSingleton(new BearerTokens(settings.Jwt));
        services.AddPortalGateway(settings.Portal);
        services.AddOneStopHandlers();
        services.AddSingleton<PortalApi>();
        services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
        services.AddSingleton(OrchestrationPolicy.Default);
        services.AddSingleton<DossierOrchestrationClient>();
        services.AddSingleton<DecisionDelivery>();
        return services;
    }
}
