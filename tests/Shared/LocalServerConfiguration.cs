using OneStop.Api.Security;
using OneStop.Azure;

namespace OneStop.Testing;

/// <summary>
/// The configuration of a server on the local services with a database, blob container and queues of its own,
/// the sample catalog and the given token issuer: what the end-to-end tests, the crash suite and the load runs
/// start, each adding its own workers' timing.
/// </summary>
internal static class LocalServerConfiguration
{
    public static Dictionary<string, string?> For(string agency, AzureServicesSettings azure, JwtSettings jwt, string queuePrefix) => new()
    {
        ["Logging:LogLevel:Default"] = "Warning",
        ["OneStop:Agency"] = agency,
        ["OneStop:IntakePoints:0:Code"] = "TTPVHCC",
        ["OneStop:IntakePoints:0:Name"] = "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên",
        ["OneStop:IntakePoints:0:Kind"] = "Center",
        ["OneStop:IntakePoints:1:Code"] = "XA-TANCUONG",
        ["OneStop:IntakePoints:1:Name"] = "Bộ phận một cửa xã Tân Cương",
        ["OneStop:IntakePoints:1:Kind"] = "CommunePoint",
        ["OneStop:Forms:GoverningBody"] = "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN",
        ["OneStop:Forms:Place"] = "Thái Nguyên",
        ["OneStop:Forms:PublicLookupUrl"] = "https://dichvucong.example.vn/tra-cuu",
        ["OneStop:Azure:StorageConnectionString"] = azure.StorageConnectionString,
        ["OneStop:Azure:CosmosConnectionString"] = azure.CosmosConnectionString,
        ["OneStop:Azure:CosmosDatabase"] = azure.CosmosDatabase,
        ["OneStop:Azure:AttachmentsContainer"] = azure.AttachmentsContainer,
        ["OneStop:EnsureStorage"] = "true",
        ["OneStop:CatalogFile"] = System.IO.Path.Combine(RepositoryRoot.Path, "samples", "catalog.sample.json"),
        ["OneStop:Jwt:Issuer"] = jwt.Issuer,
        ["OneStop:Jwt:Audience"] = jwt.Audience,
        ["OneStop:Jwt:SigningKey"] = jwt.SigningKey,
        ["OneStop:QueuePrefix"] = queuePrefix,
    };

    /// <summary>The same settings as environment variables (OneStop__Jwt__Issuer …), for a server started as a process.</summary>
    public static Dictionary<string, string> AsEnvironment(this Dictionary<string, string?> configuration) =>
        configuration.ToDictionary(setting => setting.Key.Replace(":", "__", StringComparison.Ordinal), setting => setting.Value!);
}
