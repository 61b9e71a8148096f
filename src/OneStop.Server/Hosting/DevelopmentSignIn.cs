using Microsoft.AspNetCore.Authentication.JwtBearer;
using OneStop.Api.Problems;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;

namespace OneStop.Server.Hosting;

/// <summary>An identity the development sign-in page offers: a role, and where that person works.</summary>
public sealed record DevelopmentIdentity(string Role, string Subject, string Name, string? Department, string? IntakePoint, string Label);

/// <summary>What the development sign-in page posts: one of the offered identities.</summary>
public sealed record DevelopmentSignInRequest(string? Role, string? Subject, string? Name, string? Department, string? IntakePoint);

/// <summary>
/// Signing in without an identity provider, for development, training and the browser tests: the page picks a role
/// and the server sets its token in an HttpOnly, SameSite=Strict cookie, which the pages' scripts never read (no
/// token in the browser's storage). Mapped, and the cookie read, only when the server runs in Development.
/// </summary>
public static class DevelopmentSignIn
{
    public const string Cookie = "onestop-dev-token";

    /// <summary>The bearer handler also takes the token from the cookie, when no Authorization header is sent.</summary>
    public static void ReadTokenFromCookie(JwtBearerOptions jwt) => jwt.Events = new JwtBearerEvents
    {
        OnMessageReceived = context =>
        {
            if (!context.Request.Headers.ContainsKey("Authorization") && context.Request.Cookies.TryGetValue(Cookie, out var token))
            {
                context.Token = token;
            }
            return Task.CompletedTask;
        },
    };

    public static void MapDevelopmentSignIn(this WebApplication app)
    {
        var group = app.MapGroup("/dev").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/identities", (CatalogCache catalog, IntakePointDirectory center) => Results.Ok(Identities(catalog, center)));
        group.MapPost("/sign-in", (DevelopmentSignInRequest request, CatalogCache catalog, IntakePointDirectory center, TokenIssuer issuer, HttpContext http) =>
        {
            var identity = Identities(catalog, center).FirstOrDefault(i =>
                i.Role == request.Role && i.Subject == request.Subject && i.Department == request.Department && i.IntakePoint == request.IntakePoint);
            if (identity is null)
            {
                return ApiProblems.Result(StatusCodes.Status400BadRequest, "unknown_identity", "Không đăng nhập được", "Hãy chọn một tài khoản trong danh sách.");
            }
            var token = issuer.Issue(Enum.Parse<Role>(identity.Role), identity.Subject, identity.Name, identity.Department, intakePoint: identity.IntakePoint);
            http.Response.Cookies.Append(Cookie, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = http.Request.IsHttps,
                Path = "/",
            });
            return Results.NoContent();
        });
        group.MapPost("/sign-out", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/" });
            return Results.NoContent();
        });
    }

    private static readonly string[] SpecialistNames = ["Hoàng Văn Nam", "Đỗ Thị Hoa", "Vũ Minh Tuấn", "Bùi Thị Mai", "Ngô Đức Thắng", "Đặng Thu Hà"];

    /// <summary>A reception officer per intake point, a specialist per department of the catalog, a leader, an administrator, an applicant.</summary>
    private static IReadOnlyList<DevelopmentIdentity> Identities(CatalogCache catalog, IntakePointDirectory center) =>
    [
        .. center.Open.Select((p, i) => new DevelopmentIdentity(
            nameof(Role.ReceptionOfficer), $"tiep-nhan-{p.Code.ToLowerInvariant()}", i == 0 ? "Nguyễn Thị Lan" : "Lê Văn Hùng", null, p.Code, $"Cán bộ tiếp nhận — {p.Name}")),
        .. catalog.Current.Departments.OrderBy(d => d.Name, StringComparer.Ordinal).Select((d, i) => new DevelopmentIdentity(
            nameof(Role.DepartmentOfficer), $"chuyen-vien-{d.Code.Value.ToLowerInvariant()}", SpecialistNames[i % SpecialistNames.Length], d.Code.Value, null, $"Chuyên viên — {d.Name}")),
        new(nameof(Role.Leader), "lanh-dao-1", "Trần Quốc Toàn", null, null, "Lãnh đạo Trung tâm"),
        new(nameof(Role.Administrator), "quan-tri-1", "Phạm Minh Đức", null, null, "Quản trị hệ thống"),
        new(nameof(Role.Applicant), "cong-dan-1", "Trần Văn Bình", null, null, "Công dân (người nộp hồ sơ)"),
    ];
}
