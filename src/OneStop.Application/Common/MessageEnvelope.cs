using System.Diagnostics;
using System.Text.Json;

namespace OneStop.Application.Common;

/// <summary>
/// Every queue message: a schema version (a reader refuses versions it does not know), a stable id (the same
/// message sent twice carries the same id), what it is, which dossier it concerns, and its body. The W3C trace
/// context of the sender travels along, so a trace follows a dossier across the queue.
/// </summary>
public sealed record MessageEnvelope(int SchemaVersion, string MessageId, string Kind, string DossierId, DateTimeOffset SentAt, JsonElement Body)
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>The sender's W3C traceparent, when it was traced.</summary>
    public string? TraceParent { get; init; }

    public static MessageEnvelope Create<T>(string kind, string messageId, string dossierId, T body, DateTimeOffset sentAt) =>
        new(CurrentSchemaVersion, messageId, kind, dossierId, sentAt, JsonSerializer.SerializeToElement(body, DomainJson.Options))
        {
            TraceParent = Activity.Current?.Id,
        };

    public T ReadBody<T>() =>
        Body.Deserialize<T>(DomainJson.Options) ?? throw new JsonException($"The body of message {MessageId} is empty.");

    /// <summary>Reads an envelope from queue text, or says why it cannot be read.</summary>
    public static (MessageEnvelope? Envelope, string? Problem) Parse(string text)
    {
        MessageEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<MessageEnvelope>(text, DomainJson.Options);
        }
        catch (JsonException e)
        {
            return (null, $"malformed JSON: {e.Message}");
        }
        if (envelope is null || string.IsNullOrWhiteSpace(envelope.MessageId) || string.IsNullOrWhiteSpace(envelope.Kind))
        {
            return (null, "not an envelope: messageId and kind are required");
        }
        if (envelope.SchemaVersion != CurrentSchemaVersion)
        {
            return (null, $"unknown schema version {envelope.SchemaVersion} (this reader knows {CurrentSchemaVersion})");
        }
        return (envelope, null);
    }
}
