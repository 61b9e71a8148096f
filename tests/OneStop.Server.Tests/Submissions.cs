using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Application.Filing;

namespace OneStop.Server.Tests;

/// <summary>Builds submissions as a portal would send them: a JSON form part, then the files.</summary>
internal static class Submissions
{
    public const string BuildingPermit = "SAMPLE.XD.01";

    public static object Form(string procedure = BuildingPermit, string citizenId = "019085012345", string channel = "Online") => new
    {
        procedureCode = procedure,
        channel,
        intakePointCode = "TTPVHCC",
        applicant = new { kind = "Citizen", fullName = "Trần Văn Bình", citizenId, phone = "0912345678", address = "Tổ 5, phường Phan Đình Phùng, Thái Nguyên" },
    };

    public static byte[] Pdf(int length = 20_000) => OneStop.Samples.SamplePdf.Of(length);

    public static MultipartFormDataContent Content(object form, params (string Code, string FileName, string Type, byte[] Bytes)[] files) =>
        RawContent(JsonSerializer.Serialize(form), files);

    public static MultipartFormDataContent RawContent(string formJson, params (string Code, string FileName, string Type, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent { { new StringContent(formJson, Encoding.UTF8, "application/json"), "form" } };
        foreach (var (code, fileName, type, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(file, code, fileName);
        }
        return content;
    }

    public static (string, string, string, byte[])[] PermitPapers() =>
    [
        ("don", "don-de-nghi.pdf", "application/pdf", Pdf()),
        ("ban-ve", "ban-ve.pdf", "application/pdf", Pdf()),
        ("dat", "giay-to-dat.pdf", "application/pdf", Pdf()),
    ];

    public static async Task<(HttpResponseMessage Response, SubmissionResult? Result)> SubmitAsync(
        ServerFixture server, MultipartFormDataContent content, string? idempotencyKey = null, Role role = Role.Applicant, string subject = "citizen-1")
    {
        var request = server.Request(HttpMethod.Post, "/api/dossiers", role, subject);
        request.Content = content;
        request.Headers.Add("Idempotency-Key", idempotencyKey ?? Guid.NewGuid().ToString());
        var response = await server.Http.SendAsync(request);
        var result = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<SubmissionResult>(DomainJson.Options) : null;
        return (response, result);
    }

    /// <summary>A building permit submitted online and received at the center: its code.</summary>
    public static async Task<string> ReceivedPermitAsync(ServerFixture server, string subject = "citizen-1")
    {
        var (response, result) = await SubmitAsync(server, Content(Form(), PermitPapers()), subject: subject);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.PostJsonAsync($"/api/dossiers/{result!.Code}/reception", new { decision = "receive" }, Role.ReceptionOfficer)).StatusCode);
        return result.Code;
    }

    /// <summary>A building permit received, approved by both departments of step 1 and by construction in step 2, and returned at the counter.</summary>
    public static async Task<string> ReturnedPermitAsync(ServerFixture server, string subject = "citizen-1")
    {
        var code = await ReceivedPermitAsync(server, subject);
        await ApproveAndReturnAsync(server, code);
        return code;
    }

    /// <summary>A received building permit approved by both departments of step 1 and by construction in step 2, and returned at the counter.</summary>
    public static async Task ApproveAndReturnAsync(ServerFixture server, string code)
    {
        foreach (var (department, step) in new[] { ("SXD", 1), ("SNNMT", 1), ("SXD", 2) })
        {
            await ServerFixture.EventuallyAsync(async () =>
                (await server.GetDossierAsync(code)).Steps.Any(s => s.Step == step && s.Department == department && s.State == Domain.Dossiers.StepState.Active) ? "ok" : null);
            var decided = await server.DecideOverHttpAsync(code, department, step, "Approve", $"{code}-{department}-{step}", "Đồng ý");
            Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        }
        await ServerFixture.EventuallyAsync(async () => await server.GetDossierAsync(code) is { Status: 9 } v ? v : null);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await server.PostJsonAsync($"/api/dossiers/{code}/return", new { method = "Counter" }, Role.ReceptionOfficer)).StatusCode);
    }
}
