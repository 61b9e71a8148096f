using Microsoft.Extensions.Configuration;
using OneStop.Api.Security;
using OneStop.Server.Hosting;

namespace OneStop.Server.Tests;

/// <summary>A missing or wrong setting stops the server before it serves anything, with a message naming each.</summary>
public class StartupSettingsTests
{
    [Fact]
    public void Every_missing_setting_is_named()
    {
        var failure = Assert.Throws<InvalidOperationException>(() => ServerApp.Build([], configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["OneStop:Agency"] = "not-an-agency",
            ["OneStop:Jwt:Issuer"] = "",
            ["OneStop:Reminders:Schedule"] = "every morning",
            ["OneStop:CalendarNoticesFile"] = "thong-bao-nghi-le-khong-co.json",
        })));

        foreach (var setting in new[] { "OneStop:Agency", "OneStop:Azure", "OneStop:Jwt:Issuer", "OneStop:Jwt:SigningKey", "OneStop:Reminders:Schedule", "OneStop:CalendarNoticesFile" })
        {
            Assert.Contains(setting, failure.Message);
        }
    }

    [Fact]
    public void A_signing_key_too_short_for_HMAC_SHA256_is_refused()
    {
        var settings = new ServerSettings { Jwt = new JwtSettings { Issuer = "i", Audience = "a", SigningKey = Convert.ToBase64String(new byte[16]) } };
        Assert.Contains(settings.ConfigurationErrors(), p => p.StartsWith("OneStop:Jwt:SigningKey", StringComparison.Ordinal));
    }
}
