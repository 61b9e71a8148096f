using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// The dossier codes' formats the circulars set, shipped as data with the words each comes from
/// (dossier-code-formats.json; docs/dossier-codes.md): the general one, which the receiving agency numbers, and from
/// 25/01/2026 the centrally provided services' one (Circular 04/2025/TT-VPCP). A code of either reads back, so a
/// dossier filed under an earlier format keeps its code.
/// </summary>
public static class DossierCodeFormats
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly Lazy<IReadOnlyList<DossierCodeFormat>> Shipped = new(() =>
    {
        using var stream = typeof(DossierCodeFormats).Assembly.GetManifestResourceStream("OneStop.Domain.Dossiers.dossier-code-formats.json")
            ?? throw new InvalidOperationException("The dossier codes' formats are not embedded in OneStop.Domain.");
        var formats = JsonSerializer.Deserialize<DossierCodeFormat[]>(stream, Options) ?? [];
        var problems = formats.SelectMany(f => f.Problems()).ToList();
        if (problems.Count > 0 || !formats.Any(f => f.AppliesTo == CodeScope.Every && f.From is null))
        {
            throw new InvalidOperationException($"The dossier codes' formats are not sound: {string.Join(" ", problems.DefaultIfEmpty("no general format in force from the start."))}");
        }
        return [.. formats.OrderBy(f => f.AppliesTo)];
    });

    /// <summary>Every format, the general ones first (a code that reads in two formats is read as general).</summary>
    public static IReadOnlyList<DossierCodeFormat> All => Shipped.Value;

    /// <summary>The general format in force from the start: what a code is written in when nothing else applies.</summary>
    public static DossierCodeFormat General => All.First(f => f.AppliesTo == CodeScope.Every && f.From is null);

    /// <summary>The format a dossier of the procedure received on the day is numbered in: the latest in force that applies to it.</summary>
    public static DossierCodeFormat For(ProcedureVersion procedure, DateOnly day) =>
        All.Where(f => f.InForceOn(day) && (f.AppliesTo == CodeScope.Every || procedure.CentralService is not null))
            .OrderBy(f => f.AppliesTo == CodeScope.CentrallyProvided)
            .ThenBy(f => f.From ?? DateOnly.MinValue)
            .Last();
}
