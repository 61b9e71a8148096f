using System.Net;
using System.Net.Http.Json;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>
/// Through the server, as the access policy says: a commune point's reception officer is refused (403, recorded) a
/// dossier received elsewhere, its files, its forms and its history, and does not find it by the citizen's ID; the
/// center's own desk and its leaders see it, and the detail names what each may do and which forms exist.
/// </summary>
[Collection(ServerCollection.Name)]
public class IntakePointAccessTests(ServerFixture server)
{
    private const string CommuneOfficer = "mot-cua-tan-cuong-2";

    private Task<HttpResponseMessage> AsCommuneAsync(string path) =>
        server.Http.SendAsync(server.Request(HttpMethod.Get, path, Role.ReceptionOfficer, CommuneOfficer, intakePoint: "XA-TANCUONG"));

    [Fact]
    public async Task A_commune_officer_is_refused_a_dossier_filed_at_the_center_on_every_route_and_each_attempt_is_recorded()
    {
        var citizenId = $"0190{Random.Shared.Next(10_000_000, 99_999_999)}";
        var (_, filed) = await SubmitAsync(server, Content(Form(citizenId: citizenId), PermitPapers()));
        var code = filed!.Code;

        var refused = new List<HttpResponseMessage>();
        foreach (var path in new[] { $"/api/dossiers/{code}/detail", $"/api/dossiers/{code}", $"/api/dossiers/{code}/documents/1", $"/api/dossiers/{code}/forms/mau-06", $"/api/dossiers/{code}/timeline" })
        {
            refused.Add(await AsCommuneAsync(path));
        }
        var search = await (await AsCommuneAsync($"/api/dossiers?q={citizenId}")).Content.ReadFromJsonAsync<DossierSearchPage>(DomainJson.Options);
        var log = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/access-log?dossier={code}", Role.Leader));

        Assert.All(refused, r => Assert.Equal(HttpStatusCode.Forbidden, r.StatusCode));
        Assert.Contains("outside_intake_point", await refused[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(search!.Items);
        var records = (await log.Content.ReadFromJsonAsync<List<AccessRecordView>>(DomainJson.Options))!.Where(r => r.ActorId == CommuneOfficer).ToList();
        Assert.Equal(5, records.Count);
        Assert.All(records, r => Assert.True(r.Refused));
    }

    [Fact]
    public async Task The_centers_desk_sees_a_commune_dossier_with_what_it_may_do_and_the_forms_it_has()
    {
        var (_, filed) = await SubmitAsync(server, Content(Form(), PermitPapers()));

        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{filed!.Code}/detail", Role.ReceptionOfficer, intakePoint: "TTPVHCC"));
        var detail = await response.Content.ReadFromJsonAsync<DossierDetail>(DomainJson.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["receive", "refuseReception", "requestSupplementAtReception", "requestWithdrawal"], detail!.Actions);
        Assert.Empty(detail.Forms); // nothing is issued before the dossier is received
        Assert.NotEmpty(detail.RequiredDocuments);
    }

    [Fact]
    public async Task A_commune_officer_sees_and_finds_a_center_dossier_whose_result_is_to_be_returned_at_their_point()
    {
        var citizenId = $"0190{Random.Shared.Next(10_000_000, 99_999_999)}";
        var form = new
        {
            procedureCode = BuildingPermit,
            channel = "Counter",
            intakePointCode = "TTPVHCC",
            returnPointCode = "XA-TANCUONG",
            applicant = new { kind = "Citizen", fullName = "Trần Văn Bình", citizenId, phone = "0912345678", address = "Xã Tân Cương, Thái Nguyên" },
        };
        var (_, filed) = await SubmitAsync(server, Content(form, PermitPapers()), role: Role.ReceptionOfficer);

        var detail = await AsCommuneAsync($"/api/dossiers/{filed!.Code}/detail");
        var search = await (await AsCommuneAsync($"/api/dossiers?q={citizenId}")).Content.ReadFromJsonAsync<DossierSearchPage>(DomainJson.Options);

        Assert.Equal(HttpStatusCode.OK, detail.StatusCode);
        Assert.Equal("Bộ phận một cửa xã Tân Cương", (await detail.Content.ReadFromJsonAsync<DossierDetail>(DomainJson.Options))!.ResultPointName);
        Assert.Equal(filed.Code, Assert.Single(search!.Items).Code);
    }
}
