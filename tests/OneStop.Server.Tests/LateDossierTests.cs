using System.Net;
using System.Text;
using System.Text.Json;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Cli;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>A dossier that runs late: the apology falls due, the department issues Mẫu 04, the report counts it late.</summary>
[Collection(ServerCollection.Name)]
public class LateDossierTests(ServerFixture server)
{
    private static readonly DepartmentCode Finance = new("STC");

    [Fact]
    public async Task A_late_dossier_gets_its_apology_and_counts_as_late_in_the_report()
    {
        // Company registration: 3 working days, one step at the Department of Finance.
        var form = Form(procedure: "SAMPLE.TC.02");
        var (_, submitted) = await SubmitAsync(server, Content(form,
            ("giay-de-nghi", "gdn.pdf", "application/pdf", Pdf()), ("dieu-le", "dieu-le.pdf", "application/pdf", Pdf()), ("danh-sach", "ds.pdf", "application/pdf", Pdf())));
        var code = submitted!.Code;
        await server.PostJsonAsync($"/api/dossiers/{code}/reception", new { decision = "receive" }, Role.ReceptionOfficer);
        var received = await server.GetDossierAsync(code);
        var appointment = received.AppointmentAt!.Value;

        // One working day before the appointment, nothing decided: the wake-up worker raises the apology.
        server.Clock.SetUtcNow(appointment.AddDays(-1).AddMinutes(1));
        var reminder = await server.TakeAsync(QueueNames.Assignments(Finance),
            m => m.DossierId == code && m.Kind == "remindDepartment" && m.Body.GetProperty("reason").GetString() == "ApologyDue");
        Assert.NotNull(reminder);

        var newDate = appointment.AddDays(4);
        var delay = await server.PostJsonAsync($"/api/dossiers/{code}/delay", new { newAppointment = newDate, reason = "Cần xác minh thông tin thành viên góp vốn" }, Role.DepartmentOfficer, department: "STC");
        Assert.Equal(HttpStatusCode.OK, delay.StatusCode);
        var apology = await server.Http.SendAsync(server.Request(HttpMethod.Get, $"/api/dossiers/{code}/forms/mau-04", Role.Applicant, "citizen-1"));
        var html = await apology.Content.ReadAsStringAsync();
        Assert.Equal("text/html", apology.Content.Headers.ContentType?.MediaType);
        Assert.Contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", html);
        Assert.Contains("Cần xác minh thông tin thành viên góp vốn", html);

        // Finished after the appointment: late, whatever the apology promised.
        server.Clock.SetUtcNow(appointment.AddDays(2));
        await new DecisionPoster(server.Queues, TimeProvider.System).PostAsync(new DecisionInput(code, Finance.Value, 1, DecisionKind.Approve, "stc-1", "Chuyên viên STC", "Đủ điều kiện"));
        await ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is { Status: 9 } done ? done : null);

        var report = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time?from=2026-11-01&to=2026-12-31&by=procedure", Role.Leader));
        var rows = JsonDocument.Parse(await report.Content.ReadAsStringAsync()).RootElement.EnumerateArray();
        // By hand: one dossier of this procedure, filed online and received in the period, finished after its appointment.
        var row = rows.Single(r => r.GetProperty("key").GetString() == "SAMPLE.TC.02");
        Assert.Equal(
            (1, 0, 0, 0, 1, 0, 0, 1),
            (row.GetProperty("received").GetInt32(), row.GetProperty("carriedOver").GetInt32(), row.GetProperty("early").GetInt32(), row.GetProperty("onTime").GetInt32(),
             row.GetProperty("late").GetInt32(), row.GetProperty("openWithinLimit").GetInt32(), row.GetProperty("openOverdue").GetInt32(), row.GetProperty("online").GetInt32()));
        Assert.Equal(0.0, row.GetProperty("onTimeRate").GetDouble());
        Assert.Equal("Đăng ký thành lập công ty trách nhiệm hữu hạn hai thành viên trở lên", row.GetProperty("name").GetString());

        // The leader opens the late figure and finds the dossier behind it, and not behind the on-time one.
        var late = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time/dossiers?from=2026-11-01&to=2026-12-31&by=procedure&key=SAMPLE.TC.02&measure=late", Role.Leader));
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal("no-store", late.Headers.CacheControl?.ToString());
        var lateCodes = JsonDocument.Parse(await late.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains(code, lateCodes);
        var onTime = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time/dossiers?from=2026-11-01&to=2026-12-31&by=procedure&key=SAMPLE.TC.02&measure=onTime", Role.Leader));
        Assert.DoesNotContain(code, JsonDocument.Parse(await onTime.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_report_by_month_has_a_line_per_month_begun()
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time?from=2026-01-01&to=2026-12-31&by=month", Role.Leader));
        var rows = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().ToList();
        var months = rows.Select(r => r.GetProperty("key").GetString()).ToList();

        Assert.Equal("2026-01", months[0]);
        Assert.Equal("Tháng 01/2026", rows[0].GetProperty("name").GetString());
        // No line for a month that has not begun on the server's clock.
        Assert.DoesNotContain(months, m => string.CompareOrdinal(m, server.Clock.GetUtcNow().AddHours(7).ToString("yyyy-MM")) > 0);
    }

    [Fact]
    public async Task A_drill_down_names_its_figure()
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time/dossiers?from=2026-11-01&to=2026-12-31&key=STC&measure=soon", Role.Leader));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("invalid_measure", await response.Content.ReadAsStringAsync());
        var forbidden = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time/dossiers?from=2026-11-01&to=2026-12-31&key=STC&measure=late", Role.ReceptionOfficer));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
    }

    [Fact]
    public async Task The_report_downloads_as_CSV_for_spreadsheets()
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time?from=2026-11-01&to=2026-12-31&format=csv", Role.Leader));
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.StartsWith("Mã,Tên,Tiếp nhận trong kỳ,Kỳ trước chuyển sang,Trước hạn,Đúng hạn,Quá hạn,Đang giải quyết trong hạn,Đang giải quyết quá hạn,Rút hồ sơ,Dừng xử lý,", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Fact]
    public async Task A_report_needs_a_valid_period()
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/reports/on-time?from=2026-12-31&to=2026-01-01", Role.Leader));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
