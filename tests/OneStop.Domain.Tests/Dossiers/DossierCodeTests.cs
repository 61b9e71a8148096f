using OneStop.Domain.Catalog;
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
    [InlineData("000.00.12.H56-251123-1234567890")] // ten digits: no int, and before 25/01/2026 no central system's digits either
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

    private static readonly ProcedureVersion Permit = Workflow.Scenario.Sequential;

    private static readonly ProcedureVersion CentrallyProvided = Permit with { CentralService = new CentralService("Bộ Tư pháp", "01") };

    [Fact]
    public void The_formats_are_the_circulars_each_cited()
    {
        Assert.Equal(["general", "centrallyProvided"], DossierCodeFormats.All.Select(f => f.Name));
        Assert.All(DossierCodeFormats.All, f => Assert.Empty(f.Problems()));
        var central = DossierCodeFormats.All[1];
        Assert.Equal(new DateOnly(2026, 1, 25), central.From);
        Assert.Contains("04/2025/TT-VPCP", central.Source);
        Assert.Contains("tối thiểu gồm 04 ký tự", central.Source);
    }

    [Fact]
    public void A_centrally_provided_service_from_25_January_2026_is_numbered_by_its_resolving_agency_with_the_system_s_two_digits()
    {
        // Circular 04/2025/TT-VPCP, khoản 3 added to Art. 13: MX1X2.Y1Y2Y3.Z1Z2-YYMMDD-AAXXXX.
        var resolving = new AgencyCode("H56.123.45");
        var catalog = ProcedureCatalog.Create(
            [Workflow.Scenario.Departments[0] with { Agency = resolving }, .. Workflow.Scenario.Departments.Skip(1)],
            [new Procedure(CentrallyProvided.Code, [CentrallyProvided])]).Catalog!;
        var receiving = new AgencyCode("000.00.12.H56");

        var series = DossierCodeSeries.For(CentrallyProvided, catalog, receiving, new DateOnly(2026, 11, 23));
        var code = series.Number(7);

        Assert.Equal("H56.123.45-261123-010007", code.Value);
        Assert.Equal("H56.123.45-261123-01", series.Key);
        Assert.Equal(code, DossierCode.Parse(code.Value));
        Assert.Equal("01", DossierCode.Parse(code.Value).System);
        // Before the amendment took effect, and for any other procedure, the receiving agency numbers its day.
        Assert.Equal("000.00.12.H56-260124-0007", DossierCodeSeries.For(CentrallyProvided, catalog, receiving, new DateOnly(2026, 1, 24)).Number(7).Value);
        Assert.Equal("000.00.12.H56-261123", DossierCodeSeries.For(Permit, catalog, receiving, new DateOnly(2026, 11, 23)).Key);
    }

    [Fact]
    public void A_centrally_provided_service_s_number_grows_past_9999_too()
    {
        var series = new DossierCodeSeries(DossierCodeFormats.All[1], new AgencyCode("H56.123.45"), new DateOnly(2026, 11, 23), "01");
        Assert.Equal("H56.123.45-261123-0110000", series.Number(10_000).Value);
        Assert.Equal("H56.123.45-261123-0110000", DossierCode.Parse("H56.123.45-261123-0110000").Value);
    }

    [Fact]
    public void A_catalog_with_a_central_service_but_no_resolving_agency_identifier_is_refused()
    {
        var (_, problems) = ProcedureCatalog.Create(Workflow.Scenario.Departments, [new Procedure(CentrallyProvided.Code, [CentrallyProvided])]);
        Assert.Contains(problems, p => p.Contains("has none", StringComparison.Ordinal));
        Assert.Contains(
            (Permit with { CentralService = new CentralService("Bộ Tư pháp", "1A") }).Problems(),
            p => p.Contains("two digits", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{agency}-{date}", "{number} exactly once")]
    [InlineData("{agency}-{date}-{number}{number}", "{number} exactly once")]
    [InlineData("{agency}{date}-{number}", "followed by a separator")]
    [InlineData("{agency}-{day}-{number}", "unknown token")]
    public void A_format_that_cannot_be_read_back_is_refused(string pattern, string problem)
    {
        var format = DossierCodeFormats.General with { Pattern = pattern };
        Assert.Contains(format.Problems(), p => p.Contains(problem, StringComparison.Ordinal));
    }
}
