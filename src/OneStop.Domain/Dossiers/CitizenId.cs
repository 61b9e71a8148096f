namespace OneStop.Domain.Dossiers;

/// <summary>
/// A 12-digit citizen identity number (số định danh cá nhân / CCCD): 3 digits of the province of birth
/// registration, 1 of sex and century, 2 of the birth year, 6 random. Personal data: it prints masked.
/// </summary>
public readonly record struct CitizenId
{
    // The provinces' codes as issued before the 2025 mergers; numbers issued under them stay valid.
    private static readonly HashSet<int> ProvinceCodes =
    [
        1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36, 37, 38, 40,
        42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72, 74, 75, 77, 79, 80, 82, 83,
        84, 86, 87, 89, 91, 92, 93, 94, 95, 96,
    ];

    private CitizenId(string value) => Value = value;

    /// <summary>The full number, for those who handle the dossier; never for logs.</summary>
    public string Value { get; }

    public static bool TryParse(string? text, out CitizenId id)
    {
        id = default;
        var digits = text?.Trim();
        if (digits is null || digits.Length != 12 || !digits.All(char.IsAsciiDigit) || !ProvinceCodes.Contains(int.Parse(digits[..3])))
        {
            return false;
        }
        id = new CitizenId(digits);
        return true;
    }

    public static CitizenId Parse(string text) =>
        TryParse(text, out var id) ? id : throw new FormatException("Not a valid 12-digit citizen identity number.");

    /// <summary>Masked: only the last four digits show.</summary>
    public override string ToString() => Value is null ? "" : new string('*', 8) + Value[8..];
}
