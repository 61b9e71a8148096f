using System.Text.RegularExpressions;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// An agency's electronic identifier in the national directory of agency codes, four groups of letters and
/// digits such as "000.00.12.H56"; the receiving agency's code opens every dossier code.
/// </summary>
public readonly partial record struct AgencyCode
{
    public AgencyCode(string value)
    {
        if (!IsValid(value))
        {
            throw new ArgumentException($"'{value}' is not an agency code like 000.00.12.H56.", nameof(value));
        }
        Value = value;
    }

    public string Value { get; }

    public static bool IsValid(string? value) => value is not null && Pattern().IsMatch(value);

    public override string ToString() => Value;

    [GeneratedRegex(@"^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}$")]
    private static partial Regex Pattern();
}
