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
    public void A_day_has_at_most_9999_dossiers_per_agency()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DossierCode(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 11, 23), 10_000));
    }
}
