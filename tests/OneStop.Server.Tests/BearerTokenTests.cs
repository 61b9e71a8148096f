using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Domain.Dossiers;

namespace OneStop.Server.Tests;

/// <summary>
/// The token check both hosts share, with the Entra ID shape the Functions app meets in Azure: app roles in a
/// "roles" array.
/// </summary>
public class BearerTokenTests
{
    private static readonly string Key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private static JwtSettings Settings(string roleClaim) => new() { Issuer = "https://idp.example", Audience = "api://onestop", SigningKey = Key, RoleClaim = roleClaim };

    private static string Token(Dictionary<string, object> claims, DateTime? expires = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://idp.example",
        Audience = "api://onestop",
        Claims = claims,
        IssuedAt = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
        NotBefore = (expires ?? DateTime.UtcNow.AddHours(1)).AddHours(-2),
        Expires = expires ?? DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(Key)), SecurityAlgorithms.HmacSha256),
    });

    [Fact]
    public async Task An_app_role_in_a_roles_array_is_the_callers_role()
    {
        var user = await new BearerTokens(Settings("roles")).ValidateAsync("Bearer " + Token(new() { ["sub"] = "leader-7", ["name"] = "Lãnh đạo", ["roles"] = new[] { "Leader" } }));

        Assert.Null(ApiAccess.Refusal(ApiRoutes.OnTimeReport, user));
        Assert.Equal(ActorRole.Leader, user.ToActor().Role);
        Assert.Equal("leader-7", user.ToActor().Id);
    }

    [Fact]
    public async Task A_role_under_another_claim_than_the_configured_one_grants_nothing()
    {
        var user = await new BearerTokens(Settings("roles")).ValidateAsync("Bearer " + Token(new() { ["sub"] = "leader-7", ["role"] = "Leader" }));
        Assert.Equal(403, ApiAccess.Refusal(ApiRoutes.OnTimeReport, user));
    }

    [Fact]
    public async Task An_expired_token_is_an_anonymous_caller()
    {
        var user = await new BearerTokens(Settings("role")).ValidateAsync("Bearer " + Token(new() { ["sub"] = "x", ["role"] = "Leader" }, DateTime.UtcNow.AddMinutes(-5)));
        Assert.Equal(401, ApiAccess.Refusal(ApiRoutes.OnTimeReport, user));
        Assert.Null(ApiAccess.Refusal(ApiRoutes.ListProcedures, user));
    }

    [Fact]
    public async Task A_token_without_a_subject_is_refused_rather_than_acting_as_nobody()
    {
        var user = await new BearerTokens(Settings("role")).ValidateAsync("Bearer " + Token(new() { ["role"] = "Leader" }));
        Assert.Equal(403, ApiAccess.Refusal(ApiRoutes.OnTimeReport, user));
    }

    [Fact]
    public void Either_an_authority_or_a_signing_key_is_required()
    {
        Assert.Contains(new JwtSettings { Issuer = "i", Audience = "a" }.Problems("OneStop:Jwt"), p => p.Contains("SigningKey", StringComparison.Ordinal));
        Assert.Empty(new JwtSettings { Issuer = "i", Audience = "a", Authority = "https://login.microsoftonline.com/tenant/v2.0" }.Problems("OneStop:Jwt"));
        Assert.NotEmpty(new JwtSettings { Issuer = "i", Audience = "a", Authority = "http://idp.local" }.Problems("OneStop:Jwt"));
        Assert.Empty(new JwtSettings { Issuer = "i", Audience = "a", Authority = "http://127.0.0.1:8089" }.Problems("OneStop:Jwt")); // a stand-in on this machine
    }
}
