using Microsoft.Extensions.DependencyInjection;

namespace OneStop.Api.Handlers;

/// <summary>The route handlers, registered once for both hosts.</summary>
public static class HandlerServices
{
    public static IServiceCollection AddOneStopHandlers(this IServiceCollection services) => services
        .AddSingleton<DossierAnswers>()
        .AddSingleton<ProcedureApi>()
        .AddSingleton<FilingApi>()
        .AddSingleton<DossierApi>()
        .AddSingleton<DossierActionsApi>()
        .AddSingleton<WorkApi>()
        .AddSingleton<DeskApi>()
        .AddSingleton<ReportApi>()
        .AddSingleton<ScorecardApi>()
        .AddSingleton<AdministrationApi>()
        .AddSingleton<WorkflowApi>();
}
