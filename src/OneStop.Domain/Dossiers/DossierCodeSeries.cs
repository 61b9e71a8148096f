using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// The codes one counter numbers: a format, the agency whose identifier opens them, the day of receipt and, for a
/// centrally provided service, its system's two digits. <see cref="Key"/> is the codes without their number.
/// </summary>
public sealed record DossierCodeSeries(DossierCodeFormat Format, AgencyCode Agency, DateOnly Date, string? System)
{
    public string Key => Format.Series(Agency, Date, System);

    public DossierCode Number(int sequence) => new(Format, Agency, Date, System, sequence);

    /// <summary>The agency's day in the general format.</summary>
    public static DossierCodeSeries General(AgencyCode agency, DateOnly day) => new(DossierCodeFormats.General, agency, day, null);

    /// <summary>
    /// The series a dossier of the procedure received on the day at <paramref name="receiving"/> is numbered in: the
    /// receiving agency's, or for a centrally provided service from 25/01/2026 the resolving agency's (the first
    /// competent department's identifier, which the catalog's check requires) with the system's digits.
    /// </summary>
    public static DossierCodeSeries For(ProcedureVersion procedure, ProcedureCatalog catalog, AgencyCode receiving, DateOnly day)
    {
        var format = DossierCodeFormats.For(procedure, day);
        if (format.Agency == CodeAgency.Receiving)
        {
            return new(format, receiving, day, null);
        }
        var resolving = catalog.Department(procedure.CompetentDepartments[0])?.Agency
            ?? throw new InvalidOperationException($"Department {procedure.CompetentDepartments[0]} has no electronic identifier for {procedure.Code}'s codes.");
        return new(format, resolving, day, procedure.CentralService!.SystemDigits);
    }
}
