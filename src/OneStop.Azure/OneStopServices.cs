using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Attachments;
using OneStop.Application.Catalog;
using OneStop.Application.Dossiers;
using OneStop.Application.Messaging;
using OneStop.Application.Ports;
using OneStop.Application.Workflow;
using OneStop.Azure.Blobs;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Calendar;
using OneStop.Domain.Workflow;

namespace OneStop.Azure;

/// <summary>
/// The services both hosts run on: the engine, the stores on Cosmos DB and Blob Storage, and the use cases. What
/// differs stays with the host: the clock, and how messages travel (Storage Queues or Service Bus), registered as
/// <see cref="IMessageSender"/>.
/// </summary>
public static class OneStopServices
{
    public static IServiceCollection AddOneStopCore(this IServiceCollection services, OneStopSettings settings)
    {
        var azure = settings.Azure;
        var calendar = Calendar(settings.CalendarNoticesFile);
        var clients = new AzureClients(azure);
        var cosmos = clients.Cosmos();
        var database = cosmos.GetDatabase(azure.CosmosDatabase);
        services.AddSingleton(cosmos);
        services.AddSingleton(database);
        services.AddSingleton(clients.Attachments());
        services.AddSingleton(clients.Queues());
        services.AddSingleton<IDossierStore>(new CosmosDossierStore(database.GetContainer(CosmosSchema.Dossiers)));
        services.AddSingleton<IDossierCodeAllocator>(new CosmosDossierCodeAllocator(database.GetContainer(CosmosSchema.Counters)));
        services.AddSingleton<IProcedureCatalogStore>(new CosmosProcedureCatalogStore(database.GetContainer(CosmosSchema.Catalog)));
        services.AddSingleton<ISignalInbox>(new CosmosSignalInbox(database.GetContainer(CosmosSchema.Signals)));
        services.AddSingleton<IIdempotencyLedger>(sp => new CosmosIdempotencyLedger(database.GetContainer(CosmosSchema.Idempotency), sp.GetRequiredService<TimeProvider>(), settings.IdempotencyClaimTimeout));
        services.AddSingleton<IAttachmentStore>(sp => new BlobAttachmentStore(sp.GetRequiredService<BlobContainerClient>(), AttachmentPolicy.Default, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new DossierEngine(calendar));
        services.AddSingleton(settings.Center);
        services.AddSingleton<CommandDispatcher>();
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<CatalogImporter>();
        services.AddSingleton<DossierService>();
        services.AddSingleton<DossierTurns>();
        services.AddSingleton<WorkflowRepair>();
        services.AddSingleton<DecisionMessages>();
        services.AddSingleton(new ReminderSchedule(settings.Reminders.Schedule, calendar));
        services.AddSingleton<ReminderRound>();
        return services;
    }

    /// <summary>The working calendar with the province's annual notices, when a file of them is configured.</summary>
    private static WorkingCalendar Calendar(string? noticesFile) => noticesFile is { } path
        ? new WorkingCalendar(WorkingCalendarSettings.Default, AnnualNotice.ListFromJson(File.ReadAllText(path)))
        : WorkingCalendar.Default;
}
