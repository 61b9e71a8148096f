using System.Text;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Tests.Dossiers;

public class ApplicantTests
{
    private static (Applicant? Applicant, IReadOnlyList<ValidationError> Errors) Create(string name = "Nguyễn Văn An", string id = "001085012345", string phone = "0912345678") =>
        Applicant.Create(ApplicantKind.Citizen, name, id, phone, "Số 5 Lương Ngọc Quyến, Thái Nguyên", "an@example.vn");

    [Fact]
    public void A_name_typed_with_combining_marks_is_stored_precomposed()
    {
        var decomposed = "Nguyễn Văn An".Normalize(NormalizationForm.FormD);
        Assert.NotEqual("Nguyễn Văn An", decomposed);
        Assert.Equal("Nguyễn Văn An", Create(name: decomposed).Applicant!.FullName);
    }

    [Theory]
    [InlineData("00108501234")]
    [InlineData("0010850123456")]
    [InlineData("00108501234a")]
    [InlineData("003085012345")] // 003 is no province's code
    public void An_identity_number_must_be_twelve_digits_of_a_real_province(string id)
    {
        var (applicant, errors) = Create(id: id);
        Assert.Null(applicant);
        Assert.Equal("citizenId", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("0912.345.678", "0912345678")]
    [InlineData("02083855555", null)]
    [InlineData("0212345678", "0212345678")]
    [InlineData("0112345678", null)]
    public void Phone_numbers_are_read_in_their_common_forms(string text, string? expected)
    {
        Assert.Equal(expected, PhoneNumber.TryParse(text, out var phone) ? phone.Value : null);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_in_Vietnamese()
    {
        var (_, errors) = Applicant.Create(ApplicantKind.Organization, "", "1", "2", "", "not-an-email", "123");
        Assert.Equal(["fullName", "citizenId", "phone", "address", "email", "taxCode"], errors.Select(e => e.Field));
        Assert.Contains("Họ và tên", errors[0].Message);
    }

    [Fact]
    public void Personal_data_is_masked_when_printed()
    {
        var applicant = Create().Applicant!;
        var printed = applicant.ToString();
        Assert.DoesNotContain("001085012345", printed);
        Assert.DoesNotContain("0912345678", printed);
        Assert.DoesNotContain("Nguyễn Văn An", printed);
        Assert.Contains("********2345", printed);
        Assert.Equal("091*****78", applicant.Phone.ToString());
    }
}
