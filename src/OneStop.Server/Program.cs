using OneStop.Api.Routes;
using OneStop.Api.Security;
using OneStop.Server.Hosting;

// "token --role R --sub S --name N [--department D] [--intake-point P]": print a development token signed with the configured key.
if (args.Length > 0 && args[0] == "token")
{
    var options = args.Skip(1).Chunk(2).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => pair[1]);
    var configuration = new ConfigurationBuilder().AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
    var jwt = configuration.GetSection("OneStop:Jwt").Get<JwtSettings>() ?? new JwtSettings();
    if (!options.TryGetValue("--role", out var roleText) || !Enum.TryParse<Role>(roleText, out var role) || !options.TryGetValue("--sub", out var subject))
    {
        Console.Error.WriteLine($"usage: token --role {string.Join("|", Enum.GetNames<Role>())} --sub ID [--name NAME] [--department CODE] [--intake-point CODE]");
        return 2;
    }
    Console.WriteLine(new TokenIssuer(jwt, TimeProvider.System).Issue(role, subject, options.GetValueOrDefault("--name", subject), options.GetValueOrDefault("--department"), intakePoint: options.GetValueOrDefault("--intake-point")));
    return 0;
}

var app = ServerApp.Build(args);
await ServerApp.PrepareAsync(app);
await app.StartAsync();
app.Logger.LogInformation("OneStop serves the API at {Urls}; the OpenAPI document is at /openapi/v1.json", string.Join(", ", app.Urls));
await app.WaitForShutdownAsync();
return 0;

/// <summary>The entry point, named for the tests' host.</summary>
public partial class Program;
