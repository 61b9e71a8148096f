using System.Text.Json.Serialization;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// A dossier as stored: the whole aggregate under <see cref="Dossier"/>, with the few fields queries need
/// copied to the top (indexed; see <see cref="CosmosSchema"/>). <see cref="AttentionAt"/> is the Domain's
/// <see cref="Attention.NeededAt"/>: the deadline list and the reminder round ask for what needs attention by a time,
/// a range query whose cost follows the dossiers it finds, not those stored. Instants are Unix milliseconds so that range
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
    long FiledAt,
    string SearchName,
    IReadOnlyList<string> ApplicantKeys,
    long? ReturnedAt,
    string? ApplicantAccount,
    string? ReturnPoint,
    Dossier Dossier)
{
    /// <summary>
    /// 2 added the search fields (filedAt, searchName, applicantKeys), 3 the counter's returnedAt, 4 the applicant's
    /// account (applicantAccount) for "my dossiers"; an older document gains them at its next write (a dossier returned
    /// before version 3 is never counted in a later day's returns; one filed online before version 4 shows in its
    /// applicant's list once it changes again), 5 the point where the result is returned (returnPoint), for the desk
    /// there (no dossier before version 5 has one).
    /// </summary>
    public const int CurrentSchemaVersion = 5;

    [JsonPropertyName("_etag")]
    public string? ETag { get; init; }

    public static DossierDocument From(Dossier dossier, DateTimeOffset? wakeAt) => new(
        dossier.Id,
        CurrentSchemaVersion,
        (int)dossier.Status,
        wakeAt?.ToUnixTimeMilliseconds(),
        Attention.NeededAt(dossier)?.ToUnixTimeMilliseconds(),
        [.. dossier.ActiveSteps.Select(s => s.Department.Value).Distinct()],
        [.. dossier.Procedure.ProcessDepartments.Select(d => d.Value)],
        dossier.ReceivedAt?.ToUnixTimeMilliseconds(),
        dossier.EndedAt?.ToUnixTimeMilliseconds(),
        dossier.Outbox.Length,
        dossier.Procedure.Code.Value,
        dossier.IntakePoint.Code,
        // The real time of the write (not the engine's clock): the outbox sweep compares it with the real time.
        DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        dossier.FiledAt.ToUnixTimeMilliseconds(),
        ApplicantSearch.Name(dossier.Applicant),
        ApplicantSearch.Keys(dossier.Applicant),
        dossier.ReturnedAt?.ToUnixTimeMilliseconds(),
        dossier.ApplicantAccount,
        dossier.ReturnPoint?.Code,
        dossier);

    public StoredDossier ToStored(string etag) =>
        new(Dossier, etag, WakeAt is { } wake ? DateTimeOffset.FromUnixTimeMilliseconds(wake) : null);
}
