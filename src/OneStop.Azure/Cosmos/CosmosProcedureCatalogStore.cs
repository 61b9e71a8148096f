using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Catalog;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The catalog on Cosmos DB: a document per department (partition "departments") and per procedure version
/// (partitioned by procedure code). Versions are created, never replaced.
/// </summary>
public sealed class CosmosProcedureCatalogStore(Container container) : IProcedureCatalogStore
{
    private const string DepartmentsPartition = "departments";

    public async Task SaveDepartmentAsync(Department department, CancellationToken cancellationToken = default)
    {
        var document = new CatalogDocument($"department-{department.Code.Value}", DepartmentsPartition, "department", department.Code.Value, department, null);
        using var payload = CosmosJson.ToStream(document);
        using var response = await container.UpsertItemStreamAsync(payload, new PartitionKey(DepartmentsPartition), cancellationToken: cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task<bool> AddVersionAsync(ProcedureVersion version, CancellationToken cancellationToken = default)
    {
        var document = new CatalogDocument($"{version.Code.Value}-v{version.Version}", version.Code.Value, "procedureVersion", version.Code.Value, null, version);
        using var payload = CosmosJson.ToStream(document);
        using var response = await container.CreateItemStreamAsync(payload, new PartitionKey(version.Code.Value), cancellationToken: cancellationToken);
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            response.EnsureSuccessStatusCode();
            return true;
        }
        using var existing = await container.ReadItemStreamAsync(document.Id, new PartitionKey(version.Code.Value), cancellationToken: cancellationToken);
        existing.EnsureSuccessStatusCode();
        var stored = (await CosmosJson.ReadAsync<CatalogDocument>(existing, cancellationToken)).Version!;
        if (JsonSerializer.Serialize(stored, DomainJson.Options) != JsonSerializer.Serialize(version, DomainJson.Options))
        {
            throw new InvalidOperationException($"Procedure {version.Code} version {version.Version} is stored with other content; publish a new version instead.");
        }
        return false;
    }

    public async Task<IReadOnlyList<ProcedureVersion>> VersionsAsync(ProcedureCode code, CancellationToken cancellationToken = default)
    {
        var query = new QueryDefinition("SELECT * FROM c WHERE c.partition = @code AND c.type = 'procedureVersion'").WithParameter("@code", code.Value);
        var versions = new List<ProcedureVersion>();
        await foreach (var document in CosmosJson.QueryAsync<CatalogDocument>(container, query, new QueryRequestOptions { PartitionKey = new PartitionKey(code.Value) }, cancellationToken))
        {
            versions.Add(document.Version!);
        }
        return [.. versions.OrderBy(v => v.Version)];
    }

    public async Task<(IReadOnlyList<Department> Departments, IReadOnlyList<Procedure> Procedures)> LoadAsync(CancellationToken cancellationToken = default)
    {
        var departments = new List<Department>();
        var versions = new List<ProcedureVersion>();
        await foreach (var document in CosmosJson.QueryAsync<CatalogDocument>(container, new QueryDefinition("SELECT * FROM c"), null, cancellationToken))
        {
            if (document.Department is { } department)
            {
                departments.Add(department);
            }
            else if (document.Version is { } version)
            {
                versions.Add(version);
            }
        }
        var procedures = versions.GroupBy(v => v.Code).Select(g => new Procedure(g.Key, [.. g.OrderBy(v => v.Version)])).ToList();
        return (departments, procedures);
    }

    private sealed record CatalogDocument(string Id, string Partition, string Type, string Code, Department? Department, ProcedureVersion? Version);
}
