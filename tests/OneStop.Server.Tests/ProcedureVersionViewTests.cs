using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>
/// A dossier is shown with the papers of the procedure version it was filed under: after the catalog changes a
/// procedure's papers from today, the old dossier's detail, its applicant's view and the supplement's choices still
/// name the old papers, and a dossier filed now the new ones. A server of its own, since the catalog changes.
/// </summary>
public class ProcedureVersionViewTests(ProcedureVersionViewTests.OwnServer server) : IClassFixture<ProcedureVersionViewTests.OwnServer>
{
    [Fact]
    public async Task A_catalog_change_leaves_the_papers_of_a_dossier_filed_before_it_unchanged()
    {
        var (_, before) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        var catalog = JsonNode.Parse(File.ReadAllText(Path.Combine(Testing.RepositoryRoot.Path, "samples", "catalog.sample.json")))!.AsObject();
        var permit = catalog["procedures"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == BuildingPermit)!;
        permit["effectiveFrom"] = server.Clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        permit["documents"]![2]!["name"] = "Giấy chứng nhận quyền sử dụng đất (bản sao điện tử)";
        var import = server.Request(HttpMethod.Post, "/api/admin/catalog", Role.Administrator, "quan-tri-1");
        import.Content = JsonContent.Create(catalog);
        Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(import)).StatusCode);
        var (_, after) = await SubmitAsync(server, Content(Form(citizenId: "019085054321"), PermitPapers()));

        var oldDetail = await DetailAsync(before!.Code);
        var newDetail = await DetailAsync(after!.Code);
        var oldView = await server.GetDossierAsync(before.Code);

        Assert.Equal("Giấy tờ chứng minh quyền sử dụng đất", oldDetail.RequiredDocuments.Single(d => d.Code == "dat").Name);
        Assert.Equal("Giấy tờ chứng minh quyền sử dụng đất", oldView.RequiredDocuments.Single(d => d.Code == "dat").Name);
        Assert.Equal("Giấy chứng nhận quyền sử dụng đất (bản sao điện tử)", newDetail.RequiredDocuments.Single(d => d.Code == "dat").Name);
        Assert.NotEqual(oldDetail.ProcedureVersion, newDetail.ProcedureVersion);
    }

    private async Task<DossierDetail> DetailAsync(string code) =>
        (await (await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/detail", Role.ReceptionOfficer))).Content.ReadFromJsonAsync<DossierDetail>(DomainJson.Options))!;

    /// <summary>A server whose catalog this class alone changes.</summary>
    public sealed class OwnServer : ServerFixture;
}
