using Microsoft.Azure.Cosmos;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The containers, their partition keys and indexing policies. infra/ declares the same in Bicep for Azure
/// (where the app has data-plane rights only and cannot create containers); <see cref="EnsureAsync"/> creates
/// them on local stand-ins.
/// </summary>
public static class CosmosSchema
{
    /// <summary>
    /// One document per dossier, partitioned by its code: every read and write is a point operation in its own
    /// logical partition, so load spreads evenly and no partition ever grows past one dossier. The work-list,
    /// wake-up and report queries are cross-partition but served by the indexes below.
    /// </summary>
    public const string Dossiers = "dossiers";

    /// <summary>Per-agency daily counters for dossier codes, partitioned by counter id.</summary>
    public const string Counters = "counters";

    /// <summary>Departments and procedure versions, partitioned by procedure code ("departments" for departments).</summary>
    public const string Catalog = "catalog";

    /// <summary>Idempotency-Key claims of submissions, one document per (hashed) key; entries expire after a day.</summary>
    public const string Idempotency = "idempotency";

    /// <summary>
    /// The dossiers' inboxes: decisions handed to an orchestration until a turn takes them, and those parked after
    /// failing every try; partitioned by dossier.
    /// </summary>
    public const string Signals = "signals";

    /// <summary>
    /// Every read of a dossier's personal data by an officer: appended, never changed; partitioned by dossier, so
    /// "who read this dossier" is one partition and entries spread evenly.
    /// </summary>
    public const string AccessLog = "accessLog";

    /// <summary>Administrators' changes (the catalog, departments, notices), append-only, in partition "changes"; the holiday notices they applied, in partition "notices"; the intake points they added or changed, in partition "intake-points".</summary>
    public const string Administration = "administration";

    /// <summary>
    /// The connection to the national portal: per dossier, how far its history was reported (and its dead letter);
    /// the portal's dossiers received and refused; the fetch's mark. Partitioned by id: every read is a point read.
    /// </summary>
    public const string Portal = "portal";

    /// <summary>
    /// The Decision 766 scorecard's aggregate records: one per day of receipt and intake point, holding its dossiers'
    /// small entries; partitioned by month, so a year's scorecard reads twelve partitions.
    /// </summary>
    public const string Scores = "scores";

    public static ContainerProperties DossiersContainer() => new(Dossiers, "/id")
    {
        IndexingPolicy = IndexOnly(
            "/status/?", "/wakeAt/?", "/attentionAt/?", "/activeDepartments/[]/?", "/departments/[]/?", "/receivedAt/?", "/endedAt/?",
            "/outboxCount/?", "/procedureCode/?", "/intakePoint/?", "/returnPoint/?", "/filedAt/?", "/searchName/?", "/applicantKeys/[]/?", "/returnedAt/?",
            "/applicantAccount/?"),
    };

    public static ContainerProperties CountersContainer() => new(Counters, "/id") { IndexingPolicy = IndexOnly() };

    public static ContainerProperties IdempotencyContainer() => new(Idempotency, "/id") { IndexingPolicy = IndexOnly(), DefaultTimeToLive = 24 * 60 * 60 };

    public static ContainerProperties SignalsContainer() => new(Signals, "/dossierId") { IndexingPolicy = IndexOnly("/dossierId/?", "/receivedAt/?", "/parkedAt/?") };

    public static ContainerProperties AccessLogContainer() => new(AccessLog, "/dossierId") { IndexingPolicy = IndexOnly("/dossierId/?", "/at/?", "/actorId/?") };

    public static ContainerProperties AdministrationContainer() => new(Administration, "/partition") { IndexingPolicy = IndexOnly("/at/?") };

    public static ContainerProperties PortalContainer() => new(Portal, "/id") { IndexingPolicy = IndexOnly("/type/?", "/waiting/?", "/dueAt/?", "/dead/?") };

    public static ContainerProperties ScoresContainer() => new(Scores, "/month") { IndexingPolicy = IndexOnly("/day/?", "/open/?", "/latestEnd/?") };

    public static ContainerProperties CatalogContainer() => new(Catalog, "/partition") { IndexingPolicy = IndexOnly("/type/?", "/code/?") };

    /// <summary>Every container, as <c>infra/modules/cosmos.bicep</c> declares them too.</summary>
    public static IReadOnlyList<ContainerProperties> Containers() =>
        [DossiersContainer(), CountersContainer(), CatalogContainer(), IdempotencyContainer(), SignalsContainer(), AccessLogContainer(), AdministrationContainer(), PortalContainer(), ScoresContainer()];

    /// <summary>Creates the database and containers when missing (local stand-ins only).</summary>
    public static async Task EnsureAsync(CosmosClient client, string database, CancellationToken cancellationToken = default)
    {
        var db = (await client.CreateDatabaseIfNotExistsAsync(database, cancellationToken: cancellationToken)).Database;
        foreach (var properties in Containers())
        {
            var container = (await db.CreateContainerIfNotExistsAsync(properties, cancellationToken: cancellationToken)).Container;
            await QueryOnceAsync(container, cancellationToken);
        }
    }

    /// <summary>
    /// A first query on a container just created on the stand-in has been seen to fail once with a 404 from the SDK's
    /// partition key range cache ("stale cache"); a query here, tried again after a pause, leaves the SDK's caches
    /// filled before the hosts' own first reads (the notices, the intake points) run at start.
    /// </summary>
    private static async Task QueryOnceAsync(Container container, CancellationToken cancellationToken)
    {
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                using var query = container.GetItemQueryIterator<int>("SELECT VALUE COUNT(1) FROM c");
                await query.ReadNextAsync(cancellationToken);
                return;
            }
            catch (CosmosException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound && attempt < 5)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Index only the paths queries filter or sort on: the dossier body (history, outbox) is large and never
    /// queried, and indexing it would multiply the cost of every write.
    /// </summary>
    private static IndexingPolicy IndexOnly(params string[] paths)
    {
        var policy = new IndexingPolicy { IndexingMode = IndexingMode.Consistent, Automatic = true };
        foreach (var path in paths)
        {
            policy.IncludedPaths.Add(new IncludedPath { Path = path });
        }
        policy.ExcludedPaths.Add(new ExcludedPath { Path = "/*" });
        return policy;
    }
}
