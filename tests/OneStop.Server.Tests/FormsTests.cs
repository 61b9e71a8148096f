using System.Net;
using System.Text.RegularExpressions;
using OneStop.Api.Routes;
using OneStop.Domain.Workflow;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>The printed forms of a dossier as a province signs them: who issues them, what they say, and their dates in words.</summary>
[Collection(ServerCollection.Name)]
public partial class FormsTests(ServerFixture server)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private async Task<string> FormAsync(string code, string form, Role role = Role.ReceptionOfficer, string subject = "officer-1")
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/forms/{form}", role, subject));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The page's text as a reader sees it: tags dropped, white space collapsed.</summary>
    private static string Text(string html) => Spaces().Replace(Tags().Replace(html[html.IndexOf("<body>", StringComparison.Ordinal)..], " "), " ");

    [Fact]
    public async Task The_receipt_names_who_issues_it_lists_the_papers_and_fee_and_carries_the_lookup_secret_and_its_qr_code()
    {
        var (_, filed) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        Assert.Equal(HttpStatusCode.OK, (await server.PostJsonAsync($"/api/dossiers/{filed!.Code}/reception", new { decision = "receive" }, Role.ReceptionOfficer, "le-thi-lan")).StatusCode);
        var view = await server.GetDossierAsync(filed.Code);

        var html = await FormAsync(filed.Code, "mau-01");
        var text = Text(html);

        Assert.Contains("ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên", text);
        Assert.Contains($"Thái Nguyên, {VietnameseText.OfficialDate(view.ReceivedAt!.Value, Vietnam)}", text);
        Assert.Contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", text);
        Assert.Contains($"Mã tra cứu: {filed.TrackingSecret}", text);
        Assert.Contains("data:image/png;base64,", html);
        Assert.Contains("Bản vẽ thiết kế xây dựng 2 0 1", text); // originals, copies, files handed in
        Assert.Contains("Giấy tờ chứng minh quyền sử dụng đất 0 1 1", text);
        Assert.Contains("Lệ phí cấp giấy phép xây dựng: 150.000 đồng", text);
        Assert.Contains($"Thời gian nhận hồ sơ: {VietnameseText.OfficialDateTime(view.ReceivedAt!.Value, Vietnam)}", text);
        Assert.Contains($"Thời gian trả kết quả giải quyết hồ sơ: {VietnameseText.OfficialDateTime(view.AppointmentAt!.Value, Vietnam)}", text);
        Assert.Matches(@"Vào Sổ theo dõi hồ sơ, Quyển số: \d{2}/\d{2}/20\d{2}, Số thứ tự: \d{4}", text);
        Assert.Contains("Người nộp hồ sơ (Ký và ghi rõ họ tên) Trần Văn Bình", text);
        Assert.Contains("Người tiếp nhận hồ sơ (Ký và ghi rõ họ tên) Người dùng le-thi-lan", text);
    }

    [Fact]
    public async Task The_receipts_secret_finds_the_dossier_in_the_public_lookup()
    {
        var code = await ReceivedPermitAsync(server);
        var secret = SecretShown().Match(await FormAsync(code, "mau-01")).Groups[1].Value;

        var status = await server.Http.GetAsync($"/api/status/{code}?secret={secret}");

        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        Assert.Contains("\"statusName\":\"Đang xử lý\"", await status.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_supplement_request_lists_every_missing_item_and_the_officers_reason()
    {
        var (_, filed) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        await server.PostJsonAsync($"/api/dossiers/{filed!.Code}/reception",
            new { decision = "requestSupplement", reason = "Bản vẽ chưa có chữ ký của chủ đầu tư", missingItems = new[] { "Bản vẽ mặt bằng có chữ ký", "Bản sao sổ đỏ có chứng thực" } },
            Role.ReceptionOfficer, "le-thi-lan");

        var text = Text(await FormAsync(filed.Code, "mau-02"));

        Assert.Contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", text);
        Assert.Contains("Bản vẽ mặt bằng có chữ ký Bản sao sổ đỏ có chứng thực", text);
        Assert.Contains("Lý do: Bản vẽ chưa có chữ ký của chủ đầu tư", text);
        Assert.Contains("Người hướng dẫn (Ký và ghi rõ họ tên) Người dùng le-thi-lan", text);
        Assert.DoesNotContain("00:", text);
    }

    [Fact]
    public async Task A_refusal_and_a_stop_are_each_issued_with_their_reason()
    {
        var (_, refused) = await SubmitAsync(server, Content(Form(), PermitPapers()));
        await server.PostJsonAsync($"/api/dossiers/{refused!.Code}/reception", new { decision = "refuse", reason = "Thủ tục không thuộc thẩm quyền giải quyết của tỉnh" }, Role.ReceptionOfficer);
        var stopped = await ReceivedPermitAsync(server);
        var stop = await server.PostJsonAsync($"/api/dossiers/{stopped}/stop", new { reason = "Người nộp đề nghị dừng để điều chỉnh thiết kế" }, Role.DepartmentOfficer, "o", "SXD");

        var mau03 = Text(await FormAsync(refused.Code, "mau-03"));
        var mau05 = Text(await FormAsync(stopped, "mau-05", Role.Applicant, "citizen-1"));

        Assert.Contains("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", mau03);
        Assert.Contains("Thủ tục không thuộc thẩm quyền giải quyết của tỉnh", mau03);
        Assert.Equal(HttpStatusCode.OK, stop.StatusCode);
        Assert.Contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", mau05);
        Assert.Contains("Sở Xây dựng", mau05); // issued by the department that stopped it
        Assert.Contains("Lý do: Người nộp đề nghị dừng để điều chỉnh thiết kế", mau05);
    }

    [Fact]
    public async Task A_withdrawn_dossier_has_the_intake_point_s_notice_that_its_processing_stops()
    {
        // Circular 03/2025 Art. 7: on the applicant's request to stop, the one-stop desk that received the dossier
        // notifies the stop with the form "Thông báo dừng giải quyết hồ sơ" (Mẫu 05).
        var code = await ReceivedPermitAsync(server);
        await server.PostJsonAsync($"/api/dossiers/{code}/withdrawal", new { reason = "Không còn nhu cầu xây dựng" }, Role.Applicant, "citizen-1");

        var mau05 = Text(await FormAsync(code, "mau-05", Role.Applicant, "citizen-1"));

        Assert.Contains("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", mau05);
        Assert.Contains("Ông/Bà yêu cầu dừng thực hiện thủ tục hành chính", mau05);
        Assert.Contains("Lý do: Không còn nhu cầu xây dựng", mau05);
        Assert.Contains("BỘ PHẬN MỘT CỬA", mau05.ToUpperInvariant());
    }

    [Fact]
    public async Task The_control_slip_follows_the_dossier_from_reception_through_a_supplement_round_to_its_return()
    {
        var code = await ReceivedPermitAsync(server);
        await Decide(code, "SXD", 1, "RequestSupplement", "k1", missing: ["Bản vẽ mặt cắt"]);
        await ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is { Status: 5 } v ? v : null);
        var supplement = server.Request(HttpMethod.Post, $"/api/dossiers/{code}/supplements", Role.Applicant, "citizen-1");
        supplement.Content = new MultipartFormDataContent { { new ByteArrayContent(Pdf()) { Headers = { ContentType = new("application/pdf") } }, "ban-ve", "ban-ve-mat-cat.pdf" } };
        Assert.Equal(HttpStatusCode.OK, (await server.Http.SendAsync(supplement)).StatusCode);
        await Decide(code, "SXD", 1, "Approve", "k2");
        await Decide(code, "SNNMT", 1, "Approve", "k3");
        await ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is { } v && v.Steps.Any(s => s.Step == 2 && s.State == Domain.Dossiers.StepState.Active) ? v : null);
        await Decide(code, "SXD", 2, "Approve", "k4");
        await ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is { Status: 9 } v ? v : null);
        await server.PostJsonAsync($"/api/dossiers/{code}/return", new { method = "Counter" }, Role.ReceptionOfficer);

        var text = Text(await FormAsync(code, "mau-06"));

        Assert.Contains("PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", text);
        string[] rows = ["1 Tiếp nhận hồ sơ", "Bước 1: Thẩm định hồ sơ, lấy ý kiến", "Yêu cầu bổ sung hồ sơ", "Nộp hồ sơ bổ sung", "Bước 2: Ký duyệt và cấp giấy phép", "Chuyển kết quả về Bộ phận trả kết quả", "Trả kết quả"];
        var positions = rows.Select(r => text.IndexOf(r, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, text));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Bản vẽ mặt cắt", text);
        Assert.Contains("Trước hạn", text);
    }

    /// <summary>Decides over HTTP; an approval is waited for until the step shows it (a supplement request's caller waits for status 5).</summary>
    private async Task Decide(string code, string department, int step, string decision, string key, string[]? missing = null)
    {
        var response = await server.DecideOverHttpAsync(code, department, step, decision, key, "Ý kiến", missing);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        if (decision == "Approve")
        {
            await ServerFixture.EventuallyAsync(async () => (await server.GetDossierAsync(code)).Steps.Any(s => s.Step == step && s.Department == department && s.DecidedAt is not null) ? "ok" : null);
        }
    }

    [GeneratedRegex("class=\"secret\">([A-Z0-9]{10})<")]
    private static partial Regex SecretShown();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
