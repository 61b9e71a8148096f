using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Access;
using OneStop.Application.Administration;
using OneStop.Application.Attachments;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Application.Filing;
using OneStop.Application.Portal;
using OneStop.Application.Reports;
using OneStop.Application.Workflow;
using OneStop.Azure.Blobs;
using OneStop.Azure.Cosmos;
using OneStop.Azure.Files;

namespace OneStop.Azure;

/// <summary>
/// The ports on Azure's SDKs, for both hosts: the stores and the access log on Cosmos DB, attachments on Blob
/// Storage. How messages travel (Storage Queues or Service Bus) stays with the host.
/// </summary>
public static class AzureAdapters
{
    public static IServiceCollection AddAzureAdapters(this IServiceCollection services, AzureServicesSettings azure, TimeSpan idempotencyClaimTimeout)
    {
        var clients = new AzureClients(azure);
        var cosmos = clients.Cosmos();
        var database = cosmos.GetDatabase(azure.CosmosDatabase);
        services.AddSingleton(cosmos);
        services.AddSingleton(database);
        services.AddSingleton(clients.Attachments());
        services.AddSingleton(clients.Queues());
        services.AddSingleton<IDossierStore>(new CosmosDossierStore(database.GetContainer(CosmosSchema.Dossiers)));
        services.AddSingleton<IDossierCodeAllocator>(new CosmosDossierCodeAllocator(database.GetContainer(CosmosSchema.Counters)));
        services.AddSingleton<IScoreCountStore>(new CosmosScoreCountStore(database.GetContainer(CosmosSchema.Scores)));
        services.AddSingleton<IProcedureCatalogStore>(new CosmosProcedureCatalogStore(database.GetContainer(CosmosSchema.Catalog)));
        services.AddSingleton<ISignalInbox>(new CosmosSignalInbox(database.GetContainer(CosmosSchema.Signals)));
        services.AddSingleton<IAccessLog>(new CosmosAccessLog(database.GetContainer(CosmosSchema.AccessLog)));
        services.AddSingleton<IAdministrationLog>(new CosmosAdministrationLog(database.GetContainer(CosmosSchema.Administration)));
        services.AddSingleton<IIntakePointStore>(new CosmosIntakePointStore(database.GetContainer(CosmosSchema.Administration)));
        services.AddSingleton<IHolidayNoticeStore>(new CosmosHolidayNoticeStore(database.GetContainer(CosmosSchema.Administration)));
        services.AddSingleton<IPortalStore>(new CosmosPortalStore(database.GetContainer(CosmosSchema.Portal)));
        services.AddSingleton<IIdempotencyLedger>(sp => new CosmosIdempotencyLedger(database.GetContainer(CosmosSchema.Idempotency), sp.GetRequiredService<TimeProvider>(), idempotencyClaimTimeout));
        services.AddSingleton<IAttachmentStore>(sp => new BlobAttachmentStore(sp.GetRequiredService<BlobContainerClient>(), AttachmentPolicy.Default, new FileInspector(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
