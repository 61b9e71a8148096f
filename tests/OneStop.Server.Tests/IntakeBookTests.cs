using System.Net;
using System.Net.Http.Json;
using System.Text;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Domain.Dossiers;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>
/// The intake book (Mẫu số 07, sổ theo dõi hồ sơ) of an intake point and a day: printable and as CSV for the center's
/// desk, each dossier's read recorded; refused to another point's officer.
/// </summary>
[Collection(ServerCollection.Name)]
public class IntakeBookTests(ServerFixture server)
{
    private const string Book = "/api/intake-points/TTPVHCC/book?day=2026-11-23";

    [Fact]
    public async Task The_day_s_book_lists_each_dossier_received_with_its_applicant_and_hand_overs_and_records_the_reads()
    {
        var code = await ReceivedPermitAsync(server);
        // The day it was received (filed and received at once): the tests share a clock that some move on.
        var book = $"/api/intake-points/TTPVHCC/book?day={DossierCode.Parse(code).Date:yyyy-MM-dd}";

        var page = await server.Http.SendAsync(server.Request(HttpMethod.Get, book, Role.ReceptionOfficer, "officer-book", intakePoint: "TTPVHCC"));
        var html = await page.Content.ReadAsStringAsync();
        var csv = await server.Http.SendAsync(server.Request(HttpMethod.Get, book + "&format=csv", Role.ReceptionOfficer, "officer-book", intakePoint: "TTPVHCC"));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        var log = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/access-log?dossier={code}", Role.Leader));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("Mẫu số 07", html);
        Assert.Contains("SỔ THEO DÕI HỒ SƠ", html);
        Assert.Contains(code, html);
        Assert.Contains("Trần Văn Bình", html);
        Assert.Contains("size: A4 landscape", html);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var line = Encoding.UTF8.GetString(bytes[3..]).Split('\n').First(l => l.Contains(code, StringComparison.Ordinal));
        Assert.Contains("Trần Văn Bình", line);
        Assert.Contains($"{DossierCode.Parse(code).Date:yyyy-MM-dd}", line);
        var records = (await log.Content.ReadFromJsonAsync<List<AccessRecordView>>(DomainJson.Options))!;
        Assert.Contains(records, r => r.ActorId == "officer-book" && r.Route == "IntakeBook");
    }

    [Fact]
    public async Task Another_point_s_officer_is_refused_the_center_s_book_and_a_bad_day_is_a_clear_error()
    {
        var refused = await server.Http.SendAsync(server.Request(HttpMethod.Get, Book, Role.ReceptionOfficer, "mot-cua-tan-cuong-3", intakePoint: "XA-TANCUONG"));
        var badDay = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/intake-points/TTPVHCC/book?day=23-11-2026", Role.Leader));
        var own = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/intake-points/XA-TANCUONG/book?day=2026-11-23", Role.ReceptionOfficer, "mot-cua-tan-cuong-3", intakePoint: "XA-TANCUONG"));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("outside_intake_point", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badDay.StatusCode);
        Assert.Contains("yyyy-MM-dd", await badDay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }
}
