using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Tests.Dossiers;

public class DossierCodeTests
{
    [Fact]
    public void Is_agency_date_and_four_digit_sequence()
    {
        var code = new DossierCode(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 11, 23), 42);
        Assert.Equal("000.00.12.H56-261123-0042", code.Value);
    }

    [Fact]
    public void Parses_back_to_the_same_code()
    {
        var code = DossierCode.Parse("000.00.12.H56-261123-0042");
        Assert.Equal((new DateOnly(2026, 11, 23), 42, "000.00.12.H56"), (code.Date, code.Sequence, code.Agency.Value));
    }

    [Fact]
    public void A_two_digit_year_is_of_this_century()
    {
        Assert.Equal(new DateOnly(2099, 12, 31), DossierCode.Parse("000.00.12.H56-991231-0001").Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("000.00.12.H56-260230-0001")]
    [InlineData("000.00.12.H56-261123-42")]
    [InlineData("000.00.12.H56-261332-0042")]
    [InlineData("000.00.12.h56-261123-0042")]
    [InlineData("000.00.12.H56-261123-0000")]
    [InlineData("../etc/passwd-261123-0001")]
    public void Rejects_what_is_not_a_dossier_code(string text)
    {
        Assert.False(DossierCode.TryParse(text, out _));
    }

    [Fact]
    public void The_day_s_number_grows_past_9999_with_a_fifth_digit()
    {
        // Circular 03/2025 Art. 13 (khoản 3 by Circular 04/2025): "tối thiểu gồm 04 ký tự", as long as the day needs.
        var code = new DossierCode(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 11, 23), 10_000);
        Assert.Equal("000.00.12.H56-261123-10000", code.Value);
        Assert.Equal(code, DossierCode.Parse(code.Value));
    }

    [Theory]
    [InlineData("000.00.12.H56-261123-00042")] // a number has one spelling: four digits, or more without a leading zero
    [InlineData("000.00.12.H56-261123-1234567890")]
    public void A_number_written_two_ways_is_refused(string text)
    {
        Assert.False(DossierCode.TryParse(text, out _));
    }

    [Fact]
    public void The_2025_agency_identifier_of_three_groups_opens_a_code_too()
    {
        // MX1X2.Y1Y2Y3.Z1Z2, the resolving agency's identifier in the format of Circular 04/2025 (khoản 3 Art. 13).
        var code = DossierCode.Parse("H56.123.45-261123-0001");
        Assert.Equal("H56.123.45", code.Agency.Value);
    }
}
