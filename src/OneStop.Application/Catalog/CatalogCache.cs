using OneStop.Domain.Catalog;

namespace OneStop.Application.Catalog;

/// <summary>The catalog as last loaded from its store: read on every request, reloaded after an import.</summary>
public sealed class CatalogCache(IProcedureCatalogStore store)
{
    private ProcedureCatalog? current;

    public ProcedureCatalog Current => current ?? throw new InvalidOperationException("The procedure catalog has not been loaded.");

    public async Task<IReadOnlyList<string>> ReloadAsync(CancellationToken cancellationToken = default)
    {
        var (departments, procedures) = await store.LoadAsync(cancellationToken);
        var (catalog, problems) = ProcedureCatalog.Create(departments, procedures);
        if (catalog is not null)
        {
            current = catalog;
        }
        return problems;
    }
}
