using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OneStop.Api.Security;

/// <summary>
/// How a bearer token is checked, once for both hosts: the server hands <see cref="Parameters"/> to the JWT
/// bearer handler, the Functions app validates with <see cref="ValidateAsync"/> in its middleware.
/// </summary>
public sealed class BearerTokens(JwtSettings settings)
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public TokenValidationParameters Parameters { get; } = new()
    {
        ValidIssuer = settings.Issuer,
        ValidAudience = settings.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(settings.SigningKey)),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        RoleClaimType = Claims.Role,
        NameClaimType = Claims.Name,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    /// <summary>The caller of an Authorization header: signed in when the bearer token is valid, anonymous otherwise.</summary>
    public async Task<ClaimsPrincipal> ValidateAsync(string? authorization)
    {
        const string Scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }
        var result = await handler.ValidateTokenAsync(authorization[Scheme.Length..].Trim(), Parameters);
        return result.IsValid ? new ClaimsPrincipal(result.ClaimsIdentity) : new ClaimsPrincipal(new ClaimsIdentity());
    }
}
