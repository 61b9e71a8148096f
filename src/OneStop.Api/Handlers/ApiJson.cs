using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Application.Common;
using OneStop.Domain.Calendar;

namespace OneStop.Api.Handlers;

/// <summary>
/// The JSON of every answer, in both hosts: the domain's conventions, and every instant written in Vietnam's time
/// (ISO 8601 with +07:00), so that a department's system and the web pages never see two forms of the same time.
/// </summary>
public static class ApiJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        DomainJson.Configure(options);
        // A number is a number, as the OpenAPI document then says (integer, not "integer or string").
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new LocalTimeConverter(WorkingCalendarSettings.Default.UtcOffset));
    }

    private sealed class LocalTimeConverter(TimeSpan offset) : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture));
    }
}
