namespace OneStop.Domain.Catalog;

/// <summary>A department's short code in the province's catalog, for example "SXD" (Sở Xây dựng).</summary>
public readonly record struct DepartmentCode
{
    public DepartmentCode(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 32 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            throw new ArgumentException($"'{value}' is not a department code: 1–32 ASCII letters, digits, '.', '-' or '_'.", nameof(value));
        }
        Value = value.ToUpperInvariant();
    }

    public string Value { get; }

    /// <summary>The code, or false when the text is not one.</summary>
    public static bool TryParse(string? text, out DepartmentCode code)
    {
        try
        {
            code = new DepartmentCode(text ?? "");
            return true;
        }
        catch (ArgumentException)
        {
            code = default;
            return false;
        }
    }

    public override string ToString() => Value;
}
