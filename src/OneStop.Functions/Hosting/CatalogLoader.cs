using Microsoft.Extensions.Hosting;
using OneStop.Application.Administration;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Domain.Workflow;

namespace OneStop.Functions.Hosting;

/// <summary>
/// Before the first trigger runs: import the configured catalog file (idempotent) and load the catalog; warn when the
/// year's government holiday notice is missing from the calendar.
/// </summary>
internal sealed class CatalogLoader(
    CatalogImporter importer, CatalogCache catalog, HolidayNotices notices, IntakePointDirectory intakePoints, FunctionsSettings settings, DossierEngine engine, TimeProvider time, ILogger<CatalogLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (settings.CatalogFile is { } path)
        {
            var report = await importer.ImportAsync(CatalogImporter.Parse(await File.ReadAllTextAsync(path, cancellationToken)), CatalogImportMode.Seed, cancellationToken);
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
        await notices.RefreshAsync(cancellationToken);
        await intakePoints.RefreshAsync(cancellationToken);
        var missing = engine.Calendar.YearsMissingANotice(engine.Calendar.LocalDate(time.GetUtcNow()));
        if (missing.Count > 0)
        {
            logger.LogWarning("Calendar: no government holiday notice loaded for {Years}: only the statutory holidays apply until one is loaded", string.Join(", ", missing));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
