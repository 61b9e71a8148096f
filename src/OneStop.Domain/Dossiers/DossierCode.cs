using System.Globalization;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// A dossier's code (mã số hồ sơ, Circular 03/2025/TT-VPCP Art. 13): {agency code}-{yyMMdd}-{XXXX}, the receiving
/// agency's electronic identifier, the receipt date and the day's number at that agency. The number has at least
/// four digits and as many more as the day needs ("độ dài dãy số theo thực tế hồ sơ phát sinh, tối thiểu gồm 04 ký
/// tự", khoản 3 added by Circular 04/2025/TT-VPCP, read in a law library's quotation; the text of khoản 1–2 was not
/// at hand, and the 2018 format, Circular 01/2018 Art. 19, had exactly four). Unique and never reused; it is also
/// the dossier's identifier in every store and workflow.
/// </summary>
public readonly record struct DossierCode
{
    /// <summary>The fewest digits of the day's number; a busy agency's 10,000th dossier of a day gets five.</summary>
    public const int MinimumDigits = 4;

    public DossierCode(AgencyCode agency, DateOnly date, int sequence)
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
    }

    public AgencyCode Agency { get; }

    public DateOnly Date { get; }

    public int Sequence { get; }

    public string Value => $"{Agency.Value}-{Date.ToString("yyMMdd", CultureInfo.InvariantCulture)}-{Sequence:0000}";

    public static bool TryParse(string? text, out DossierCode code)
    {
        code = default;
        var parts = text?.Split('-');
        if (parts is not { Length: 3 } || !AgencyCode.IsValid(parts[0]) || !AllDigits(parts[1], 6) || !Number(parts[2]))
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

    /// <summary>The day's number as it is written: four digits, or more without a leading zero (so one number has one spelling).</summary>
    private static bool Number(string text) =>
        text.Length is >= MinimumDigits and <= 9 && text.All(char.IsAsciiDigit) && (text.Length == MinimumDigits || text[0] != '0');

    public static DossierCode Parse(string text) =>
        TryParse(text, out var code) ? code : throw new FormatException($"'{text}' is not a dossier code.");

    public override string ToString() => Value;
}
