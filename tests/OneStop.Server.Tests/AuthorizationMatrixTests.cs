using System.Net;
using System.Net.Http.Headers;
using System.Text;
using OneStop.Api.Routes;

namespace OneStop.Server.Tests;

/// <summary>Every endpoint × every role: a role the table does not list is refused (403), no token is 401.</summary>
[Collection(ServerCollection.Name)]
public class AuthorizationMatrixTests(ServerFixture server)
{
    public static TheoryData<string, string> RoutesAndRoles()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in ApiRoutes.All)
        {
            foreach (var role in Enum.GetNames<Role>().Append("anonymous"))
            {
                data.Add(route.Name, role);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RoutesAndRoles))]
    public async Task A_caller_reaches_an_endpoint_only_with_a_role_the_table_allows(string routeName, string roleName)
    {
        var route = ApiRoutes.All.Single(r => r.Name == routeName);
        Role? role = roleName == "anonymous" ? null : Enum.Parse<Role>(roleName);
        var path = route.Pattern.Replace("{code}", route.Pattern.StartsWith("/api/procedures") ? "SAMPLE.XD.01" : "000.00.12.H56-261123-0001").Replace("{department}", "SXD");
        var request = server.Request(new HttpMethod(route.Method), path, role, department: role == Role.DepartmentOfficer ? "SXD" : null);
        if (route.Method is "POST" or "PUT")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        var status = (await server.Http.SendAsync(request)).StatusCode;

        if (route.IsPublic || (role is { } r && route.Roles.Contains(r)))
        {
            Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{roleName} on {route.Name}: {status}");
        }
        else
        {
            Assert.Equal(role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, status);
        }
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var request = server.Request(HttpMethod.Get, "/api/dossiers/000.00.12.H56-261123-0001");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens.Issue(Role.Leader, "leader-1", "Lãnh đạo", lifetime: TimeSpan.FromMinutes(-5)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var forger = new OneStop.Api.Security.TokenIssuer(new OneStop.Api.Security.JwtSettings { Issuer = "onestop-tests", Audience = "onestop-api", SigningKey = Convert.ToBase64String(new byte[48]) }, TimeProvider.System);
        var request = server.Request(HttpMethod.Get, "/api/dossiers/000.00.12.H56-261123-0001");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", forger.Issue(Role.Leader, "leader-1", "Lãnh đạo"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.Http.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_department_officer_cannot_read_another_departments_work_list()
    {
        var request = server.Request(HttpMethod.Get, "/api/departments/SNNMT/worklist", Role.DepartmentOfficer, department: "SXD");
        var response = await server.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
