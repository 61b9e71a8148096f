using System.Globalization;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// A dossier's code (mã hồ sơ, Circular 03/2025/TT-VPCP): {agency code}-{yyMMdd}-{NNNN}, the receiving agency,
/// the receipt date and a 4-digit sequence per agency per day. Unique and never reused; it is also the
/// dossier's identifier in every store and workflow.
/// </summary>
public readonly record struct DossierCode
{
    public const int MaxSequence = 9999;

    public DossierCode(AgencyCode agency, DateOnly date, int sequence)
    {
        if (sequence is < 1 or > MaxSequence)
        {
            throw new ArgumentOutOfRangeException(nameof(sequence), sequence, $"A dossier sequence runs from 1 to {MaxSequence} a day.");
        }
        if (date.Year is < 2000 or > 2099)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "A two-digit year names 2000–2099.");
        }
        Agency = agency;
        Date = date;
        Sequence = sequence;
    }

    public AgencyCode Agency { get; }

    public DateOnly Date { get; }

    public int Sequence { get; }

    public string Value => $"{Agency.Value}-{Date.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{Sequence:0000}";

    public static bool TryParse(string? text, out DossierCode code)
    {
        code = default;
        var parts = text?.Split('-');
        if (parts is not { Length: 3 } || !AgencyCode.IsValid(parts[0]) || !AllDigits(parts[1], 6) || !AllDigits(parts[2], 4))
        {
            return false;
        }
        // The two-digit year is of this century (2000–2099), whatever a culture's two-digit-year window says.
        int year = 2000 + int.Parse(parts[1][..2], CultureInfo.InvariantCulture);
        int month = int.Parse(parts[1][2..4], CultureInfo.InvariantCulture);
        int day = int.Parse(parts[1][4..], CultureInfo.InvariantCulture);
        int sequence = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || sequence < 1)
        {
            return false;
        }
        code = new DossierCode(new AgencyCode(parts[0]), new DateOnly(year, month, day), sequence);
        return true;
    }

    private static bool AllDigits(string text, int length) => text.Length == length && text.All(char.IsAsciiDigit);

    public static DossierCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a dossier code.");

    public override string ToString() => Value;
}
