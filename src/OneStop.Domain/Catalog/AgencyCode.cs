using System.Text.RegularExpressions;

namespace OneStop.Domain.Catalog;

/// <summary>
/// An agency's electronic identifier in the national directory of agency codes: four groups of letters and digits
/// such as "000.00.12.H56" (V1V2V3.Z1Z2.Y1Y2.MX1X2, the structure Circular 01/2018/TT-VPCP Art. 19 names), or the
/// three groups MX1X2.Y1Y2Y3.Z1Z2 that Circular 04/2025/TT-VPCP writes for the resolving agency (khoản 3 added to Art.
/// 13 of Circular 03/2025). The receiving agency's code opens every dossier code.
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

    [GeneratedRegex(@"^([0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[0-9A-Z]{3}|[A-Z][0-9]{2}\.[0-9A-Z]{3}\.[0-9A-Z]{2})$")]
    private static partial Regex Pattern();
}
