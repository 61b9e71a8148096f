using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Application.Reports;
using OneStop.Domain.Reporting;

namespace OneStop.Azure.Cosmos;

/// <summary>
/// The stored shape of the scorecard's aggregate records: the record's day and point (with its name) once, the names of
/// its procedures once, and each entry as a compact object of one-letter fields. A year of a province is some 300,000 entries read
/// by every scorecard, so the bytes parsed are what its time is made of (bench/README.md, "Decision 766 scorecard").
/// The month is the partition; the day and the latest end are strings in their natural order, for the period filter.
/// </summary>
public static class ScoreDocuments
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault };

    public static byte[] ToJson(ScoreRecord record) => JsonSerializer.SerializeToUtf8Bytes(Document.Of(record), Options);

    public static MemoryStream ToStream(ScoreRecord record) => new(ToJson(record), writable: false);

    public static ScoreRecord FromJson(ReadOnlySpan<byte> json) => JsonSerializer.Deserialize<Document>(json, Options)!.Record();

    public static async Task<ScoreRecord> ReadAsync(Stream json, CancellationToken cancellationToken) =>
        (await JsonSerializer.DeserializeAsync<Document>(json, Options, cancellationToken))!.Record();

    public static async IAsyncEnumerable<ScoreRecord> ReadPageAsync(Stream json, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = await JsonSerializer.DeserializeAsync<Page>(json, Options, cancellationToken);
        foreach (var document in page?.Documents ?? [])
        {
            yield return document.Record();
        }
    }

    public static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string DayOf(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string InstantOf(DateTimeOffset instant) => instant.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private sealed record Page(IReadOnlyList<Document> Documents);

    private sealed record Document(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("month")] string Month,
        [property: JsonPropertyName("day")] string Day,
        [property: JsonPropertyName("intakePoint")] string IntakePoint,
        [property: JsonPropertyName("intakePointName")] string IntakePointName,
        [property: JsonPropertyName("procedures")] IReadOnlyDictionary<string, string> Procedures,
        [property: JsonPropertyName("open")] int Open,
        [property: JsonPropertyName("latestEnd")] string? LatestEnd,
        [property: JsonPropertyName("entries")] IReadOnlyList<Entry> Entries)
    {
        public static Document Of(ScoreRecord record)
        {
            // The names as the newest reading of each has them (a procedure or a point renamed since is named as it is now).
            var byVersion = record.Entries.OrderBy(e => e.Version).ToList();
            var procedures = new Dictionary<string, string>();
            foreach (var e in byVersion)
            {
                procedures[e.Procedure] = e.ProcedureName;
            }
            return new(record.Id, MonthOf(record.Day), DayOf(record.Day), record.IntakePoint, byVersion[^1].IntakePointName, procedures,
                record.Open, record.LatestEnd is { } end ? InstantOf(end) : null, [.. record.Entries.Select(Entry.Of)]);
        }

        public ScoreRecord Record()
        {
            var day = DateOnly.ParseExact(Day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return new(Id, day, IntakePoint, [.. Entries.Select(e => e.ToEntry(day, IntakePoint, IntakePointName, Procedures.GetValueOrDefault(e.Procedure) ?? e.Procedure))]);
        }
    }

    /// <summary>
    /// One dossier's entry, its fields named by one letter; false, zero and null are left out. A letter once used is
    /// not reused for another meaning ("w" and "s" held the waiting instant and a flag before the waits were kept), so
    /// a record written by an older version reads without its waits until the counts are rebuilt.
    /// </summary>
    private sealed record Entry(
        [property: JsonPropertyName("c")] string Code,
        [property: JsonPropertyName("v")] int Version,
        [property: JsonPropertyName("q")] string Procedure,
        [property: JsonPropertyName("t")] DateTimeOffset ReceivedAt,
        [property: JsonPropertyName("d")] IReadOnlyList<string> Departments,
        [property: JsonPropertyName("o")] bool FiledOnline,
        [property: JsonPropertyName("a")] DateTimeOffset Appointment,
        [property: JsonPropertyName("g")] IReadOnlyList<Wait>? Waits,
        [property: JsonPropertyName("e")] ScoreEnd End,
        [property: JsonPropertyName("x")] DateTimeOffset? EndedAt,
        [property: JsonPropertyName("k")] DateTimeOffset? AskedTwiceAt,
        [property: JsonPropertyName("u")] double? WorkingDaysUsed,
        [property: JsonPropertyName("p")] bool PapersAsFiles,
        [property: JsonPropertyName("f")] bool FullyOnline,
        [property: JsonPropertyName("r")] int? Rating)
    {
        public static Entry Of(ScoreEntry e) => new(
            e.Code, e.Version, e.Procedure, e.ReceivedAt, e.Departments, e.FiledOnline, e.AppointmentAtReceipt,
            e.Waits.Count == 0 ? null : [.. e.Waits.Select(Wait.Of)], e.End, e.EndedAt, e.AskedTwiceAt, e.WorkingDaysUsed, e.PapersAsFiles, e.ResultReturnedOnline, e.Rating);

        public ScoreEntry ToEntry(DateOnly day, string intakePoint, string intakePointName, string procedureName) => new(
            Code, Version, day, ReceivedAt, intakePoint, intakePointName, Procedure, procedureName, Departments, FiledOnline, Appointment,
            [.. (Waits ?? []).Select(w => w.ToWait())], End, EndedAt, AskedTwiceAt, WorkingDaysUsed, PapersAsFiles, FullyOnline, Rating);
    }

    /// <summary>A wait for the applicant: since, until, for a supplement (else the fees), the appointment it moved to.</summary>
    private sealed record Wait(
        [property: JsonPropertyName("s")] DateTimeOffset Since,
        [property: JsonPropertyName("u")] DateTimeOffset? Until,
        [property: JsonPropertyName("b")] bool ForSupplement,
        [property: JsonPropertyName("a")] DateTimeOffset? Appointment)
    {
        public static Wait Of(ScoreWait w) => new(w.Since, w.Until, w.ForSupplement, w.Appointment);

        public ScoreWait ToWait() => new(Since, Until, ForSupplement, Appointment);
    }
}
