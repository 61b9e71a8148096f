namespace OneStop.Domain.Dossiers;

/// <summary>A Vietnamese phone number, stored in its national 10-digit form (0xxxxxxxxx). Prints masked.</summary>
public readonly record struct PhoneNumber
{
    private PhoneNumber(string value) => Value = value;

    public string Value { get; }

    /// <summary>Accepts 0xxxxxxxxx, +84xxxxxxxxx or 84xxxxxxxxx, with spaces, dots or dashes between digits.</summary>
    public static bool TryParse(string? text, out PhoneNumber phone)
    {
        phone = default;
        if (text is null)
        {
            return false;
        }
        var digits = new string([.. text.Where(c => c is not (' ' or '.' or '-'))]);
        if (digits.StartsWith("+84", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..];
        }
        else if (digits.StartsWith("84", StringComparison.Ordinal) && digits.Length == 11)
        {
            digits = "0" + digits[2..];
        }
        // Mobile networks use 03, 05, 07, 08, 09; landlines 02x.
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit) || digits[0] != '0' || digits[1] is not ('2' or '3' or '5' or '7' or '8' or '9'))
        {
            return false;
        }
        phone = new PhoneNumber(digits);
        return true;
    }

    public static PhoneNumber Parse(string text) =>
        TryParse(text, out var phone) ? phone : throw new FormatException("Not a valid Vietnamese phone number.");

    public override string ToString() => Value is null ? "" : Value[..3] + new string('*', 5) + Value[8..];
}
