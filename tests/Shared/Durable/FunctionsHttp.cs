using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using OneStop.Api.Routes;
using OneStop.Functions.Http;

namespace OneStop.Testing.Durable;

/// <summary>
/// Calls the Functions app's HTTP trigger methods as the worker's ASP.NET Core integration does: a real
/// <see cref="HttpContext"/> with the request's headers and body, through the app's gate (<see cref="ApiGate"/>:
/// the token and the route table's roles), then the trigger with the test host's Durable client.
/// </summary>
internal sealed class FunctionsHttp(DurableLocalHost host)
{
    public string Token(Role role, string subject = "user-1", string name = "Người dùng thử", string? department = null) =>
        host.Tokens.Issue(role, subject, name, department);

    public static HttpContext Request(string method, string path, string? token, HttpContent? content = null, string? idempotencyKey = null)
    {
        var http = new DefaultHttpContext();
        http.Request.Method = method;
        http.Request.Path = path;
        if (token is not null)
        {
            http.Request.Headers.Authorization = $"Bearer {token}";
        }
        if (idempotencyKey is not null)
        {
            http.Request.Headers["Idempotency-Key"] = idempotencyKey;
        }
        if (content is not null)
        {
            http.Request.ContentType = content.Headers.ContentType!.ToString();
            var body = new MemoryStream();
            content.CopyTo(body, null, CancellationToken.None);
            body.Position = 0;
            http.Request.Body = body;
            http.Request.ContentLength = body.Length;
        }
        return http;
    }

    public static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    /// <summary>The trigger's answer, or the gate's refusal as its status code.</summary>
    public async Task<IResult> CallAsync(ApiRoute route, HttpContext http, Func<ApiFunctions, HttpRequest, Task<IResult>> trigger)
    {
        if (await host.Function<ApiGate>().AdmitAsync(route, http) is { } refused)
        {
            return Results.StatusCode(refused);
        }
        return await trigger(host.Function<ApiFunctions>(), http.Request);
    }

    /// <summary>A building permit's papers as an applicant files them online: the form part, then three PDFs.</summary>
    public static MultipartFormDataContent PermitSubmission(string procedure = "SAMPLE.XD.01")
    {
        var form = new
        {
            procedureCode = procedure,
            channel = "Online",
            intakePointCode = "TTPVHCC",
            applicant = new { kind = "Citizen", fullName = "Trần Văn Bình", citizenId = "019085012345", phone = "0912345678", address = "Tổ 5, phường Phan Đình Phùng, Thái Nguyên" },
        };
        var content = new MultipartFormDataContent { { new StringContent(JsonSerializer.Serialize(form), Encoding.UTF8, "application/json"), "form" } };
        foreach (var (code, file) in new[] { ("don", "don-de-nghi.pdf"), ("ban-ve", "ban-ve.pdf"), ("dat", "giay-to-dat.pdf") })
        {
            var part = new ByteArrayContent(OneStop.Samples.SamplePdf.Of(4_000));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, code, file);
        }
        return content;
    }
}
