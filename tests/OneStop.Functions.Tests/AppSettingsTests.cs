using System.Text.RegularExpressions;
using OneStop.Testing;

namespace OneStop.Functions.Tests;

/// <summary>The app settings Bicep gives the Function App hold everything the app refuses to start without.</summary>
public partial class AppSettingsTests
{
    private static readonly string Bicep = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "infra", "modules", "functionapp.bicep"));

    private static readonly HashSet<string> Settings = [.. SettingKey().Matches(Bicep).Select(m => m.Groups[1].Value)];

    [Theory]
    [InlineData("AzureWebJobsStorage__accountName")]
    [InlineData("ServiceBusConnection__fullyQualifiedNamespace")]
    [InlineData("ServiceBusConnection__credential")]
    [InlineData("OneStop__Agency")]
    [InlineData("OneStop__IntakePoints__0__Code")]
    [InlineData("OneStop__Azure__BlobServiceUri")]
    [InlineData("OneStop__Azure__QueueServiceUri")]
    [InlineData("OneStop__Azure__CosmosEndpoint")]
    [InlineData("OneStop__Azure__ManagedIdentityClientId")]
    [InlineData("OneStop__Jwt__Issuer")]
    [InlineData("OneStop__Jwt__Audience")]
    [InlineData("OneStop__Jwt__Authority")]
    public void A_setting_the_app_needs_is_provisioned(string key) => Assert.Contains(key, Settings);

    [Fact]
    public void No_setting_carries_a_key_or_a_connection_string_and_every_secret_is_a_key_vault_reference()
    {
        Assert.DoesNotContain(Settings, s => s.Contains("ConnectionString", StringComparison.Ordinal) && !s.StartsWith("APPLICATIONINSIGHTS", StringComparison.Ordinal));
        var secrets = SettingLine().Matches(Bicep).Where(m => m.Groups[1].Value.EndsWith("Key", StringComparison.Ordinal) || m.Groups[1].Value.EndsWith("Password", StringComparison.Ordinal)).ToList();
        Assert.Equal(["OneStop__Portal__Password", "OneStop__Portal__InboundKey"], secrets.Select(m => m.Groups[1].Value));
        Assert.All(secrets, m => Assert.StartsWith("'@Microsoft.KeyVault(SecretUri=", m.Groups[2].Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("OneStop__Portal__Enabled")]
    [InlineData("OneStop__Portal__AdapterUrl")]
    [InlineData("OneStop__Portal__Username")]
    public void The_portal_connection_is_provisioned_off_until_its_parameters_turn_it_on(string key) => Assert.Contains(key, Settings);

    [Fact]
    public void The_trigger_connection_prefix_is_the_one_provisioned()
    {
        Assert.Contains("public const string Connection = \"ServiceBusConnection\";", FunctionsSource.Files[Path.Combine("Messaging", "ServiceBus", "DecisionTriggers.cs")], StringComparison.Ordinal);
        Assert.Contains("\"ServiceBusConnection:fullyQualifiedNamespace\"", FunctionsSource.Files["Program.cs"], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\s+([A-Za-z_]+(?:__\w+)*):\s", RegexOptions.Multiline)]
    private static partial Regex SettingKey();

    [GeneratedRegex(@"^\s+([A-Za-z_]+(?:__\w+)*):\s*(.+)$", RegexOptions.Multiline)]
    private static partial Regex SettingLine();
}
