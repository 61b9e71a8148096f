using System.Net;
using System.Net.Http.Json;
using OneStop.Api.Routes;

namespace OneStop.Server.Tests;

/// <summary>
/// The development sign-in (a role picked on a page, its token in an HttpOnly cookie) exists only when the server runs
/// in Development: this server runs as in production, where none of it answers and no cookie is taken for a token.
/// </summary>
[Collection(ServerCollection.Name)]
public class DevelopmentSignInTests(ServerFixture server)
{
    [Fact]
    public async Task Outside_development_there_is_no_sign_in_page_and_the_pages_are_told_so()
    {
        var signIn = await server.Http.PostAsJsonAsync("/dev/sign-in", new { role = "Leader", subject = "lanh-dao-1", name = "Trần Quốc Toàn" });
        var identities = await server.Http.GetAsync("/dev/identities");
        var config = await server.Http.GetStringAsync("/config.json");

        Assert.False(signIn.IsSuccessStatusCode);
        Assert.False(signIn.Headers.Contains("Set-Cookie"));
        Assert.NotEqual("application/json", identities.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"signIn\":\"none\"", config, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_a_token_in_a_cookie_signs_nobody_in()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Add("Cookie", $"onestop-dev-token={server.Tokens.Issue(Role.Leader, "lanh-dao-1", "Trần Quốc Toàn")}");

        var response = await server.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_api_address_no_route_matches_is_the_apis_problem_not_a_page()
    {
        var response = await server.Http.GetAsync("/api/no-such-route");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Who_am_i_answers_the_role_and_where_the_officer_works()
    {
        var response = await server.Http.SendAsync(server.Request(HttpMethod.Get, "/api/me", Role.ReceptionOfficer, "le-thi-lan", intakePoint: "XA-TANCUONG"));
        var me = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();

        Assert.Equal("ReceptionOfficer", me.GetProperty("role").GetString());
        Assert.Equal("Bộ phận một cửa xã Tân Cương", me.GetProperty("intakePointName").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }
}
