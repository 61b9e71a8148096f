using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using OneStop.Application.Attachments;
using OneStop.Application.Dossiers;

namespace OneStop.Server.Api;

/// <summary>
/// Every failure becomes an RFC 7807 problem: a status, a Vietnamese title and detail for the person who sent the
/// request, a stable code in <c>type</c> for programs, and per-field errors where input was wrong.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, title, detail) = exception switch
        {
            InputRejectedException => (400, "invalid_input", "Dữ liệu không hợp lệ", "Vui lòng kiểm tra lại các trường được nêu."),
            AttachmentRejectedException { Code: "attachment_type_not_allowed" } a => (415, a.Code, "Tệp đính kèm không được chấp nhận", a.Message),
            AttachmentRejectedException a => (413, a.Code, "Tệp đính kèm quá lớn", a.Message),
            DossierNotFoundException e => (404, "dossier_not_found", "Không tìm thấy hồ sơ", e.Message),
            SignalRefusedException e => (409, e.Refusal.Code, "Thao tác không thực hiện được", e.Refusal.Message),
            RequestConflictException e => (409, "request_conflict", "Yêu cầu bị trùng", e.Message),
            ApiInputException e => (400, e.Code, "Dữ liệu không hợp lệ", e.Message),
            JsonException => (400, "malformed_json", "Dữ liệu không hợp lệ", "Nội dung gửi lên không phải JSON hợp lệ."),
            BadHttpRequestException { StatusCode: 413 } => (413, "request_too_large", "Yêu cầu quá lớn", "Tổng dung lượng gửi lên vượt quá giới hạn cho phép."),
            BadHttpRequestException e => (400, "bad_request", "Yêu cầu không hợp lệ", e.Message),
            _ => (500, "internal_error", "Lỗi hệ thống", "Hệ thống gặp sự cố; hồ sơ không bị thay đổi. Vui lòng thử lại sau."),
        };
        if (status == 500)
        {
            logger.LogError(exception, "Unhandled failure on {Method} {Path}", context.Request.Method, context.Request.Path);
        }
        context.Response.StatusCode = status;
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = status,
            Type = $"urn:onestop:problem:{code}",
            Title = title,
            Detail = detail,
        };
        if (exception is InputRejectedException rejected)
        {
            problem.Extensions["errors"] = rejected.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        }
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}

/// <summary>A request that is wrong before it reaches a use case (a missing part, an unknown value).</summary>
public sealed class ApiInputException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
