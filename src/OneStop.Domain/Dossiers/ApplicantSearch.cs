using System.Security.Cryptography;
using System.Text;
using OneStop.Domain.Text;

namespace OneStop.Domain.Dossiers;

/// <summary>
/// What a dossier can be found by without its personal data sitting in an index: the applicant's name folded
/// (so "tran van binh" finds "Trần Văn Bình"), and the citizen ID and phone number only as digests, found by an
/// exact number typed in full. The digests are keyed by the purpose, so they match no other table of hashes.
/// </summary>
public static class ApplicantSearch
{
    public static string Name(Applicant applicant) => SearchText.Fold(applicant.FullName);

    /// <summary>The digests of the applicant's citizen ID and phone number.</summary>
    public static IReadOnlyList<string> Keys(Applicant applicant) => [Key(applicant.CitizenId.Value), Key(applicant.Phone.Value)];

    /// <summary>The digest a typed citizen ID or phone number is looked up by, or null when it is neither.</summary>
    public static string? KeyOf(string typed)
    {
        var digits = new string([.. typed.Where(c => !char.IsWhiteSpace(c) && c != '.' && c != '-')]);
        if (CitizenId.TryParse(digits, out var id))
        {
            return Key(id.Value);
        }
        return PhoneNumber.TryParse(digits, out var phone) ? Key(phone.Value) : null;
    }

    private static string Key(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData("onestop.applicant-search"u8, Encoding.UTF8.GetBytes(value)))[..32];
}
