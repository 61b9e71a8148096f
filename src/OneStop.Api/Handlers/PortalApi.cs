using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneStop.Api.Problems;
using OneStop.Api.Security;
using OneStop.Application.Portal;
using OneStop.Portal;

namespace OneStop.Api.Handlers;

/// <summary>
/// The routes of the connection to the National Public Service Portal: the portal pushing the dossiers filed on it
/// (answered in the portal's own terms, error_code per dossier), and the administrators' view of the connection, with
/// the replay of a dead letter and the receipt again of a refused dossier.
/// </summary>
public sealed class PortalApi(PortalSettings settings, PortalReporter reporter, PortalIntake intake)
{
    public const string KeyHeader = "X-Portal-Key";

    /// <summary>
    /// Receives the dossiers of a DongBoHoSoMC-shaped body ({ data: [ … ] }). Each is received, found received before,
    /// or refused with its reasons (error_code 1); a body that is not the contract is a 400 problem, a wrong key 401,
    /// and a file the portal did not serve 503 (nothing filed: the portal sends again).
    /// </summary>
    public async Task<IResult> ReceivePortalDossiersAsync(HttpContext http)
    {
        if (!settings.Enabled || settings.Inbound != PortalInboundMode.Push || settings.InboundKey is not { } key)
        {
            return ApiProblems.Result(404, "portal_push_off", "Không nhận hồ sơ đẩy từ Cổng", "Hệ thống không được cấu hình để Cổng Dịch vụ công quốc gia đẩy hồ sơ.");
        }
        var presented = http.Request.Headers[KeyHeader].FirstOrDefault() ?? "";
        if (!CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(key))))
        {
            return ApiProblems.Result(401, "portal_key_invalid", "Khóa kết nối không đúng", $"Cổng phải gửi khóa kết nối đã thỏa thuận trong tiêu đề {KeyHeader}.");
        }
        if (!http.Request.HasJsonContentType())
        {
            throw new ApiInputException("unsupported_media_type", "Nội dung gửi lên phải là JSON (application/json).", StatusCodes.Status415UnsupportedMediaType);
        }
        var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted) as JsonObject
            ?? throw new JsonException("The body is not a JSON object.");
        var filed = new List<PortalFiledDossier>();
        foreach (var item in body["data"] as JsonArray ?? throw new ApiInputException("portal_data_missing", "Thiếu danh sách hồ sơ (data)."))
        {
            var (dossier, problem) = PortalContract.ReadFiled(item);
            filed.Add(dossier ?? throw new ApiInputException("portal_dossier_unreadable", $"Hồ sơ không đọc được: {problem}."));
        }
        var results = new List<PortalReceipt>();
        foreach (var dossier in filed)
        {
            var result = await intake.ReceiveAsync(dossier, http.RequestAborted);
            results.Add(PortalReceipt.Of(result));
        }
        return Results.Ok(new PortalPushAnswer(0, "Đã xử lý", results));
    }

    public async Task<IResult> PortalConnectionAsync(HttpContext http) =>
        Results.Ok(new PortalConnectionView(
            settings.Enabled,
            settings.AdapterUrl,
            settings.Inbound.ToString(),
            settings.IntakePointCode,
            [.. (await reporter.DeadLettersAsync(http.RequestAborted)).Select(PortalDeadLetterView.Of)],
            [.. (await intake.RefusalsAsync(http.RequestAborted)).Select(PortalRefusalView.Of)]));

    public async Task<IResult> ReplayPortalReportAsync(HttpContext http, string code) =>
        await reporter.ReplayAsync(code, http.User.ToActor(), http.RequestAborted) is { } sync
            ? Results.Ok(PortalDeadLetterView.Of(sync))
            : ApiProblems.Result(404, "dead_letter_not_found", "Không có báo cáo lỗi", $"Hồ sơ {code} không có báo cáo nào lên Cổng đang dừng vì lỗi.");

    public async Task<IResult> ReceivePortalDossierAgainAsync(HttpContext http, string code) =>
        await intake.RetryRefusedAsync(code, http.User.ToActor(), http.RequestAborted) is { } result
            ? Results.Ok(PortalReceipt.Of(result))
            : ApiProblems.Result(404, "refusal_not_found", "Không có hồ sơ bị từ chối", $"Không có hồ sơ mã {code} từ Cổng đang bị từ chối.");
}

/// <summary>The answer to the portal's push, in its terms: error_code 0 when the request was read, and one receipt per dossier.</summary>
public sealed record PortalPushAnswer(
    [property: System.Text.Json.Serialization.JsonPropertyName("error_code")] int ErrorCode,
    [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message,
    [property: System.Text.Json.Serialization.JsonPropertyName("result")] IReadOnlyList<PortalReceipt> Result);

/// <summary>What became of one dossier pushed: error_code 0 (received now, or before) with the center's code, or 1 with the reasons it was refused.</summary>
public sealed record PortalReceipt(
    [property: System.Text.Json.Serialization.JsonPropertyName("MaHoSo")] string PortalCode,
    [property: System.Text.Json.Serialization.JsonPropertyName("error_code")] int ErrorCode,
    [property: System.Text.Json.Serialization.JsonPropertyName("message")] string Message,
    [property: System.Text.Json.Serialization.JsonPropertyName("SoBienNhan")] string? DossierCode)
{
    public static PortalReceipt Of(PortalIntakeResult result) => result.Outcome switch
    {
        PortalIntakeOutcome.Received => new(result.PortalCode, 0, "Đã tiếp nhận vào hệ thống một cửa của tỉnh.", result.DossierCode),
        PortalIntakeOutcome.AlreadyReceived => new(result.PortalCode, 0, "Hồ sơ đã được nhận trước đó.", result.DossierCode),
        _ => new(result.PortalCode, 1, string.Join(" ", result.Problems), null),
    };
}

/// <summary>The connection as an administrator sees it: where it goes, how dossiers come in, and what waits for them.</summary>
public sealed record PortalConnectionView(bool Enabled, string? AdapterUrl, string Inbound, string? IntakePointCode, IReadOnlyList<PortalDeadLetterView> DeadLetters, IReadOnlyList<PortalRefusalView> Refusals);

/// <summary>A dossier whose reporting stopped (or, after a replay, where it stands): how far it got, and the last error.</summary>
public sealed record PortalDeadLetterView(string DossierCode, string? PortalCode, int ReportedThrough, int PendingThrough, int Attempts, string? LastError, DateTimeOffset? DeadLetteredAt, DateTimeOffset? NextAttemptAt)
{
    public static PortalDeadLetterView Of(PortalSync s) => new(s.DossierCode, s.PortalCode, s.ReportedThrough, s.PendingThrough, s.Attempts, s.LastError, s.DeadLetteredAt, s.NextAttemptAt);
}

/// <summary>
/// A dossier from the portal the center refused: its code, procedure, when, and why. Not the applicant: a refused
/// dossier is no dossier of the center's, whose reads of personal data the access log would record.
/// </summary>
public sealed record PortalRefusalView(string PortalCode, string ProcedureCode, DateTimeOffset At, IReadOnlyList<string> Problems)
{
    public static PortalRefusalView Of(PortalRefusal r) => new(r.PortalCode, r.Filed.ProcedureCode, r.At, r.Problems);
}
