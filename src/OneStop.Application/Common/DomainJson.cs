using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Common;

/// <summary>
/// The one JSON form of the domain, for the store, the queues and the API: camelCase, enums as names, value
/// types (codes, identity numbers, phone numbers) as plain strings, and only state that can be read back
/// (derived, get-only properties such as <c>Dossier.ActiveSteps</c> are not written).
/// </summary>
public static class DomainJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Configure(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Applies the domain's JSON conventions to other options (the web host's, for example).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { OmitDerivedProperties } };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new StringValueConverter<DossierCode>(DossierCode.Parse, c => c.Value));
        options.Converters.Add(new StringValueConverter<AgencyCode>(s => new AgencyCode(s), c => c.Value));
        options.Converters.Add(new StringValueConverter<DepartmentCode>(s => new DepartmentCode(s), c => c.Value));
        options.Converters.Add(new StringValueConverter<ProcedureCode>(s => new ProcedureCode(s), c => c.Value));
        options.Converters.Add(new StringValueConverter<CitizenId>(CitizenId.Parse, c => c.Value));
        options.Converters.Add(new StringValueConverter<PhoneNumber>(PhoneNumber.Parse, c => c.Value));
    }

    private static void OmitDerivedProperties(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        for (int i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            var property = typeInfo.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }

    /// <summary>A value type written as its string form and read back through its parser.</summary>
    private sealed class StringValueConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException($"A {typeof(T).Name} cannot be null.");
            try
            {
                return parse(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new JsonException($"'{text}' is not a valid {typeof(T).Name}.", e);
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(format(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            parse(reader.GetString()!);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(format(value));
    }
}
