using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneStop.Api.Routes;

namespace OneStop.Api.Security;

/// <summary>
/// Signs tokens with the configured key, for local development and tests only: in production the province's
/// identity provider issues them and the server holds no signing key it could mint with.
/// </summary>
public sealed class TokenIssuer(JwtSettings settings, TimeProvider time)
{
    public string Issue(Role role, string subject, string name, string? department = null, TimeSpan? lifetime = null, string? intakePoint = null)
    {
        var claims = new List<Claim> { new(Claims.Role, role.ToString()), new(Claims.Subject, subject), new(Claims.Name, name) };
        if (department is not null)
        {
            claims.Add(new Claim(Claims.Department, department));
        }
        if (intakePoint is not null)
        {
            claims.Add(new Claim(Claims.IntakePoint, intakePoint));
        }
        var now = time.GetUtcNow().UtcDateTime;
        var expires = now + (lifetime ?? TimeSpan.FromHours(8));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now < expires ? now : expires.AddMinutes(-1),
            NotBefore = now < expires ? now : expires.AddMinutes(-1),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(settings.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
