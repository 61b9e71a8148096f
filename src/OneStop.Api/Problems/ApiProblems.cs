using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using OneStop.Api.Handlers;
using OneStop.Application.Attachments;
using OneStop.Application.Common;

namespace OneStop.Api.Problems;

/// <summary>
/// Every failure as an RFC 7807 problem, the same in both hosts: a status, a Vietnamese title and detail for the
/// person who sent the request, a stable code in <c>type</c> (urn:onestop:problem:…) for programs, and per-field
/// errors where input was wrong.
/// </summary>
public static class ApiProblems
{
    public const string TypePrefix = "urn:onestop:problem:";

    /// <summary>The problem an exception stands for; anything unforeseen is a 500 that says nothing changed.</summary>
    public static ProblemDetails For(Exception exception)
    {
        var (status, code, title, detail) = exception switch
        {
            InputRejectedException => (400, "invalid_input", "Dữ liệu không hợp lệ", "Vui lòng kiểm tra lại các trường được nêu."),
            AttachmentRejectedException { Code: "attachment_type_not_allowed" } a => (415, a.Code, "Tệp đính kèm không được chấp nhận", a.Message),
            AttachmentRejectedException a => (413, a.Code, "Tệp đính kèm quá lớn", a.Message),
            DossierNotFoundException e => (404, "dossier_not_found", "Không tìm thấy hồ sơ", e.Message),
            SignalRefusedException e => (409, e.Refusal.Code, "Thao tác không thực hiện được", e.Refusal.Message),
            AccessDeniedException e => (403, e.Code, "Không có quyền", e.Message),
            RequestConflictException e => (409, "request_conflict", "Yêu cầu bị trùng", e.Message),
            ApiInputException e => (e.Status, e.Code, e.Status == 415 ? "Định dạng nội dung không được hỗ trợ" : "Dữ liệu không hợp lệ", e.Message),
            Application.Portal.PortalUnavailableException e => (503, "portal_unavailable", "Cổng Dịch vụ công quốc gia chưa phản hồi", $"Chưa đọc được hồ sơ từ Cổng; không có gì được lưu, vui lòng gửi lại sau ({e.Message})."),
            JsonException => (400, "malformed_json", "Dữ liệu không hợp lệ", "Nội dung gửi lên không phải JSON hợp lệ."),
            BadHttpRequestException { StatusCode: 413 } => (413, "request_too_large", "Yêu cầu quá lớn", "Tổng dung lượng gửi lên vượt quá giới hạn cho phép."),
            BadHttpRequestException e => (400, "bad_request", "Yêu cầu không hợp lệ", e.Message),
            _ => (500, "internal_error", "Lỗi hệ thống", "Hệ thống gặp sự cố; hồ sơ không bị thay đổi. Vui lòng thử lại sau."),
        };
        var problem = Create(status, code, title, detail);
        if (exception is InputRejectedException rejected)
        {
            problem.Extensions["errors"] = rejected.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }
        return problem;
    }

    /// <summary>The code and Vietnamese title of a bare status (no token, wrong role, throttled, …).</summary>
    public static (string Code, string? Title) ForStatus(int status) => status switch
    {
        400 => ("bad_request", "Yêu cầu không hợp lệ"),
        401 => ("unauthenticated", "Chưa xác thực: cần đăng nhập"),
        403 => ("forbidden", "Không có quyền thực hiện thao tác này"),
        404 => ("not_found", "Không tìm thấy"),
        405 => ("method_not_allowed", "Phương thức không được hỗ trợ"),
        413 => ("request_too_large", "Yêu cầu quá lớn"),
        415 => ("unsupported_media_type", "Định dạng nội dung không được hỗ trợ"),
        429 => ("too_many_requests", "Quá nhiều yêu cầu; vui lòng thử lại sau"),
        _ => ("error", null),
    };

    /// <summary>A problem for a bare status, in the center's words.</summary>
    public static ProblemDetails ForStatusOnly(int status)
    {
        var (code, title) = ForStatus(status);
        return Create(status, code, title, null);
    }

    public static ProblemDetails Create(int status, string code, string? title, string? detail) =>
        new() { Status = status, Type = TypePrefix + code, Title = title, Detail = detail };

    public static IResult Result(int status, string code, string title, string detail) => Result(Create(status, code, title, detail));

    public static IResult Result(ProblemDetails problem) => Results.Problem(problem);
}
