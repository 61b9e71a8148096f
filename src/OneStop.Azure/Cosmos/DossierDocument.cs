using System.Text.Json.Serialization;
using OneStop.Application.Ports;
using OneStop.Domain.Dossiers;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// A dossier as stored: the whole aggregate under <see cref="Dossier"/>, with the few fields queries need
/// copied to the top (indexed; see <see cref="CosmosSchema"/>). Instants are Unix milliseconds so that range
/// queries compare numbers.
/// </summary>
internal sealed record DossierDocument(
    string Id,
    int SchemaVersion,
    int Status,
    long? WakeAt,
    long? AttentionAt,
    IReadOnlyList<string> ActiveDepartments,
    IReadOnlyList<string> Departments,
    long? ReceivedAt,
    long? EndedAt,
    int OutboxCount,
    string ProcedureCode,
    string IntakePoint,
    long SavedAt,
    Dossier Dossier)
{
    public const int CurrentSchemaVersion = 1;

    [JsonPropertyName("_etag")]
    public string? ETag { get; init; }

    public static DossierDocument From(Dossier dossier, DateTimeOffset? wakeAt) => new(
        dossier.Id,
        CurrentSchemaVersion,
        (int)dossier.Status,
        wakeAt?.ToUnixTimeMilliseconds(),
        AttentionOf(dossier)?.ToUnixTimeMilliseconds(),
        [.. dossier.ActiveSteps.Select(s => s.Department.Value).Distinct()],
        [.. dossier.Procedure.ProcessDepartments.Select(d => d.Value)],
        dossier.ReceivedAt?.ToUnixTimeMilliseconds(),
        dossier.EndedAt?.ToUnixTimeMilliseconds(),
        dossier.Outbox.Length,
        dossier.Procedure.Code.Value,
        dossier.IntakePoint.Code,
        // The real time of the write (not the engine's clock): the outbox sweep compares it with the real time.
        DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        dossier);

    /// <summary>
    /// When a dossier under way needs the center's attention: its earliest step due, or its appointment if that
    /// comes first. The reminder round and the deadline list ask for what needs attention by a time, an indexed
    /// range query whose cost follows the dossiers it finds, not those stored.
    /// </summary>
    private static DateTimeOffset? AttentionOf(Dossier dossier)
    {
        if (dossier.Status != DossierStatus.Processing)
        {
            return null;
        }
        DateTimeOffset?[] candidates = [.. dossier.ActiveSteps.Select(s => s.DueAt), dossier.RevisedAppointmentAt ?? dossier.AppointmentAt];
        return candidates.Where(c => c is not null).Min();
    }

    public StoredDossier ToStored(string etag) =>
        new(Dossier, etag, WakeAt is { } wake ? DateTimeOffset.FromUnixTimeMilliseconds(wake) : null);
}
