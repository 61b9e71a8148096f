using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

public class FilingTests
{
    private static readonly DossierCode Code = new(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 11, 23), 7);

    private static FilingRequest Request(IntakeChannel channel, params SubmittedDocument[] papers) => new(
        Applicant(), Sequential, Departments, channel,
        new IntakePoint("XA-01", "Bộ phận một cửa xã Tân Cương", IntakePointKind.CommunePoint), papers, Citizen);

    [Fact]
    public void A_filed_dossier_awaits_reception_and_the_applicant_and_the_national_portal_are_told()
    {
        var result = Engine.File(Code, Request(IntakeChannel.Online, Paper("don"), Paper("bang-ve")), Monday9).Result!;

        Assert.Equal(DossierStatus.Registered, result.Dossier.Status);
        var filed = Assert.IsType<DossierFiled>(Assert.Single(result.Dossier.History));
        Assert.Equal("XA-01", filed.IntakePointCode);
        Assert.Collection(result.Commands,
            c => Assert.Contains("000.00.12.H56-261123-0007", Assert.IsType<NotifyApplicant>(c).Message),
            c => Assert.Equal(1, Assert.IsType<ReportToPortal>(c).ThroughSequence));
        Assert.Equal(result.Commands, result.Dossier.Outbox);
    }

    [Fact]
    public void An_online_filing_must_carry_every_mandatory_paper()
    {
        var (result, errors) = Engine.File(Code, Request(IntakeChannel.Online, Paper("don")), Monday9);

        Assert.Null(result);
        var error = Assert.Single(errors);
        Assert.Contains("Bản vẽ thiết kế xây dựng", error.Message);
    }

    [Fact]
    public void At_the_counter_completeness_is_for_the_officer_to_judge()
    {
        var (result, errors) = Engine.File(Code, Request(IntakeChannel.Counter, Paper("don")), Monday9);
        Assert.Empty(errors);
        Assert.NotNull(result);
    }

    [Fact]
    public void A_procedure_not_offered_online_cannot_be_filed_online()
    {
        var request = Request(IntakeChannel.Online, Paper("don"), Paper("bang-ve")) with { Procedure = CounterOnly };
        var (_, errors) = Engine.File(Code, request, Monday9);
        Assert.Contains(errors, e => e.Field == "channel");
    }

    [Fact]
    public void A_paper_the_procedure_does_not_ask_for_is_refused()
    {
        var (_, errors) = Engine.File(Code, Request(IntakeChannel.Counter, Paper("giay-la")), Monday9);
        Assert.Contains(errors, e => e.Message.Contains("giay-la"));
    }

    [Fact]
    public void A_dossier_keeps_only_the_departments_of_its_process()
    {
        var dossier = Filed(Sequential);
        Assert.Equal(["SNNMT", "SXD"], dossier.Departments.Select(d => d.Code.Value).Order());
    }
}
