using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace OneStop.Api.Security;

/// <summary>
/// How a bearer token is checked, once for both hosts: the server hands <see cref="Parameters"/> to the JWT
/// bearer handler, the Functions app validates with <see cref="ValidateAsync"/> in its middleware.
/// </summary>
public sealed class BearerTokens
{
    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public BearerTokens(JwtSettings settings)
    {
        Parameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Audience,
            RoleClaimType = settings.RoleClaim,
            NameClaimType = Claims.Name,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        if (settings.Authority is { Length: > 0 } authority)
        {
            // The provider's keys rotate; the manager reads them from its metadata and refreshes them.
            Parameters.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                $"{authority.TrimEnd('/')}/.well-known/openid-configuration", new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = !JwtSettings.IsLoopback(new Uri(authority)) });
        }
        else
        {
            Parameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(settings.SigningKey));
            Parameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }

    public TokenValidationParameters Parameters { get; }

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
