using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// A dossier's code (mã số hồ sơ, Circular 03/2025/TT-VPCP Art. 13), written in one of <see cref="DossierCodeFormats"/>:
/// {agency code}-{yyMMdd}-{XXXX}, the receiving agency's electronic identifier, the receipt date and the day's number
/// at that agency, or for a centrally provided service {resolving agency}-{yyMMdd}-{AA}{XXXX}. The number has at least
/// four digits and as many more as the day needs. Unique and never reused; its text is its identity, and the
/// dossier's identifier in every store and workflow.
/// </summary>
public readonly record struct DossierCode
{
    /// <summary>The fewest digits of the day's number in the general format; a busy agency's 10,000th dossier of a day gets five.</summary>
    public const int MinimumDigits = 4;

    /// <summary>A code in the general format.</summary>
    public DossierCode(AgencyCode agency, DateOnly date, int sequence)
        : this(DossierCodeFormats.General, agency, date, null, sequence)
    {
    }

    public DossierCode(DossierCodeFormat format, AgencyCode agency, DateOnly date, string? system, int sequence)
    {
        if (sequence < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, "A dossier's number of the day starts at 1.");
        }
        if (date.Year is < 2000 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "A two-digit year names 2000–2099.");
        }
        Agency = agency;
        Date = date;
        Sequence = sequence;
        System = system;
        Value = format.Write(agency, date, system, sequence);
    }

    public AgencyCode Agency { get; }

    public DateOnly Date { get; }

    /// <summary>The day's number. A code read back from its text gives the first reading its formats allow.</summary>
    public int Sequence { get; }

    /// <summary>The central system's two digits, for a centrally provided service's code.</summary>
    public string? System { get; }

    public string Value { get; }

    /// <summary>Codes are the same when their texts are (the text is what every store and the applicant hold).</summary>
    public bool Equals(DossierCode other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    public static bool TryParse(string? text, out DossierCode code)
    {
        code = default;
        if (text is null)
        {
            return false;
        }
        foreach (var format in DossierCodeFormats.All)
        {
            if (format.TryRead(text, out var agency, out var date, out var system, out var sequence) && format.InForceOn(date))
            {
                code = new DossierCode(format, agency, date, system, sequence);
                return true;
            }
        }
        return false;
    }

    public static DossierCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a dossier code.");

    public override string ToString() => Value;
}
