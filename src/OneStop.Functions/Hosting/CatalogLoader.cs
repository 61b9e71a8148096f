using Microsoft.Extensions.Hosting;
using OneStop.Application.Catalog;

namespace OneStop.Functions.Hosting;

/// <summary>Before the first trigger runs: import the configured catalog file (idempotent) and load the catalog.</summary>
internal sealed class CatalogLoader(CatalogImporter importer, CatalogCache catalog, FunctionsSettings settings, ILogger<CatalogLoader> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.CatalogFile is { } path)
        {
            var report = await importer.ImportAsync(CatalogImporter.Parse(await File.ReadAllTextAsync(path, cancellationToken)), cancellationToken);
            if (report.Problems.Count > 0)
            {
                throw new InvalidOperationException($"The catalog file {path} is not coherent: {string.Join(" ", report.Problems)}");
            }
            logger.LogInformation("Catalog {File}: {Added} versions added, {Unchanged} unchanged", path, report.VersionsAdded, report.Unchanged);
        }
        var problems = await catalog.ReloadAsync(cancellationToken);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The stored catalog is not coherent: " + string.Join(" ", problems));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
