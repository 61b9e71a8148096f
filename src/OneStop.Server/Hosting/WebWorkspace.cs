using Microsoft.AspNetCore.StaticFiles;
using OneStop.Api.Problems;

namespace OneStop.Server.Hosting;

/// <summary>How the web workspace signs its users in, as the pages read it from /config.json.</summary>
public sealed record WebSignInSettings
{
    /// <summary>The province's identity provider (OpenID Connect; Entra ID in Azure). Empty: no sign-in outside Development.</summary>
    public string? Authority { get; init; }

    public string? ClientId { get; init; }

    /// <summary>The scope of the API's access tokens, e.g. api://onestop-api/access_as_user.</summary>
    public string? Scope { get; init; }
}

/// <summary>
/// Serves the web workspace (the built pages of web/, given as the web root): its files, its configuration, and
/// index.html for every page address, so that a link to /ho-so/{code} or the QR code's /tra-cuu opens the app.
/// </summary>
public static class WebWorkspace
{
    /// <summary>
    /// The pages' own scripts only (no inline script, nothing from elsewhere), never framed. Inline styles are allowed
    /// for the printed forms, which the pages show in a frame of their own; files open in frames as blobs.
    /// </summary>
    /// <remarks>With the identity provider, the pages also talk to it (its metadata, its token endpoint) and no one else.</remarks>
    public static string ContentSecurityPolicy(WebSignInSettings web)
    {
        var provider = web.Authority is { Length: > 0 } authority && Uri.TryCreate(authority, UriKind.Absolute, out var uri) ? " " + uri.GetLeftPart(UriPartial.Authority) : "";
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-src 'self' blob:; "
            + $"connect-src 'self'{provider}; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    }

    public static void UseWebWorkspace(this WebApplication app)
    {
        var policy = ContentSecurityPolicy(app.Services.GetRequiredService<ServerSettings>().Web);
        var files = new StaticFileOptions
        {
            ContentTypeProvider = new FileExtensionContentTypeProvider(),
            OnPrepareResponse = file =>
            {
                var headers = file.Context.Response.Headers;
                headers.ContentSecurityPolicy = policy;
                headers.XContentTypeOptions = "nosniff";
                headers.Append("Referrer-Policy", "no-referrer");
                // Scripts and styles under /assets carry a hash in their names and never change; the rest is asked for anew.
                headers.CacheControl = file.Context.Request.Path.StartsWithSegments("/assets") ? "public, max-age=31536000, immutable" : "no-cache";
            },
        };
        app.UseDefaultFiles();
        app.UseStaticFiles(files);
        app.MapGet("/config.json", (IWebHostEnvironment environment, ServerSettings settings, HttpContext http) =>
        {
            http.Response.Headers.CacheControl = "no-cache";
            var web = settings.Web;
            var signIn = environment.IsDevelopment() ? "development" : web.Authority is { Length: > 0 } ? "oidc" : "none";
            return Results.Ok(new { signIn, apiBase = "", oidc = signIn == "oidc" ? new { authority = web.Authority, clientId = web.ClientId, scope = web.Scope } : null });
        }).AllowAnonymous().ExcludeFromDescription();
        // An address under /api that no route matches is the API's 404, never the app's page.
        app.MapFallback("/api/{**rest}", () => ApiProblems.Result(StatusCodes.Status404NotFound, "not_found", "Không tìm thấy", "Không có địa chỉ API này."))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapFallbackToFile("index.html", files).AllowAnonymous();
        // A dossier's code has dots ("000.00.12.H56-261123-0001"), which the fallback takes for a file's name.
        app.MapFallbackToFile("/ho-so/{**code}", "index.html", files).AllowAnonymous();
    }
}
