namespace OneStop.Domain.Catalog;

/// <summary>A procedure's code in the national database of administrative procedures, for example "1.001612".</summary>
public readonly record struct ProcedureCode
{
    public ProcedureCode(string value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 32 || !value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-'))
        {
            throw new ArgumentException($"'{value}' is not a procedure code.", nameof(value));
        }
        Value = value;
    }

    public string Value { get; }

    /// <summary>The code, or false when the text is not one.</summary>
    public static bool TryParse(string? text, out ProcedureCode code)
    {
        try
        {
            code = new ProcedureCode(text ?? "");
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
