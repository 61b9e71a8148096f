using System.Text;
using System.Text.RegularExpressions;

namespace OneStop.Domain.Dossiers;

public enum ApplicantKind
{
    Citizen,
    Organization,
}

/// <summary>
/// The citizen or business that files the dossier. Text is kept in Unicode normalization form C, so that a
/// name typed with combining marks and one typed precomposed are the same name. Prints masked.
/// </summary>
public sealed partial record Applicant
{
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 500;

    public required ApplicantKind Kind { get; init; }

    public required string FullName { get; init; }

    /// <summary>The citizen's (or an organization's legal representative's) identity number.</summary>
    public required CitizenId CitizenId { get; init; }

    /// <summary>An organization's tax code (mã số doanh nghiệp): 10 digits, or 10-3 for a branch.</summary>
    public string? TaxCode { get; init; }

    public required PhoneNumber Phone { get; init; }

    public string? Email { get; init; }

    public required string Address { get; init; }

    /// <summary>An applicant from raw input, or every problem with it.</summary>
    public static (Applicant? Applicant, IReadOnlyList<ValidationError> Errors) Create(
        ApplicantKind kind, string? fullName, string? citizenId, string? phone, string? address, string? email = null, string? taxCode = null)
    {
        var errors = new List<ValidationError>();
        var name = CleanText(fullName);
        if (name.Length == 0 || name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            errors.Add(new("fullName", $"Họ và tên không được để trống và không dài quá {MaxNameLength} ký tự."));
        }
        if (!CitizenId.TryParse(citizenId, out var id))
        {
            errors.Add(new("citizenId", "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số hợp lệ."));
        }
        if (!PhoneNumber.TryParse(phone, out var phoneNumber))
        {
            errors.Add(new("phone", "Số điện thoại không hợp lệ (ví dụ: 0912345678)."));
        }
        var cleanAddress = CleanText(address);
        if (cleanAddress.Length == 0 || cleanAddress.Length > MaxAddressLength || cleanAddress.Any(char.IsControl))
        {
            errors.Add(new("address", $"Địa chỉ không được để trống và không dài quá {MaxAddressLength} ký tự."));
        }
        var cleanEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (cleanEmail is not null && (cleanEmail.Length > 254 || !EmailPattern().IsMatch(cleanEmail)))
        {
            errors.Add(new("email", "Địa chỉ thư điện tử không hợp lệ."));
        }
        var cleanTaxCode = string.IsNullOrWhiteSpace(taxCode) ? null : taxCode.Trim();
        if (kind == ApplicantKind.Organization && (cleanTaxCode is null || !TaxCodePattern().IsMatch(cleanTaxCode)))
        {
            errors.Add(new("taxCode", "Mã số doanh nghiệp phải gồm 10 chữ số (hoặc 10 chữ số, dấu gạch ngang và 3 chữ số đối với chi nhánh)."));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        return (new Applicant
        {
            Kind = kind,
            FullName = name,
            CitizenId = id,
            Phone = phoneNumber,
            Address = cleanAddress,
            Email = cleanEmail,
            TaxCode = kind == ApplicantKind.Organization ? cleanTaxCode : null,
        }, errors);
    }

    /// <summary>Trimmed, inner runs of white space folded, normalized to NFC.</summary>
    public static string CleanText(string? text) =>
        text is null ? "" : WhiteSpace().Replace(text.Trim(), " ").Normalize(NormalizationForm.FormC);

    /// <summary>Personal data masked: the name's initials, the identity number's last digits.</summary>
    public override string ToString() =>
        $"Applicant {{ Kind = {Kind}, Name = {Initials(FullName)}, CitizenId = {CitizenId}, Phone = {Phone} }}";

    private static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => part[0] + "."));

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{10}(-\d{3})?$")]
    private static partial Regex TaxCodePattern();
}
