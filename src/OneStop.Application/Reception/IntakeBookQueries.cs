using OneStop.Application.Access;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Reception;

/// <summary>The intake book of one intake point for one day, with the point it belongs to.</summary>
public sealed record IntakeBookDay(IntakePoint IntakePoint, DateOnly Day, IReadOnlyList<IntakeBookLine> Lines);

/// <summary>
/// The intake book (Mẫu số 07, sổ theo dõi hồ sơ) of an intake point and a day, for the reception desks and the
/// leaders. It names applicants with their addresses and phone numbers, so it is read as the access policy allows
/// (a point's own officers, the center's desks and leaders) and every dossier it lists is recorded in the access log.
/// </summary>
public sealed class IntakeBookQueries(IDossierStore store, DossierEngine engine, AccessPolicy access, IntakePointDirectory intakePoints, IAccessLog log, TimeProvider time)
{
    public const string Route = "IntakeBook";

    private const int PageSize = 200;

    /// <exception cref="InputRejectedException">No such intake point.</exception>
    /// <exception cref="AccessDeniedException">Not a reception officer or leader, or another point's officer.</exception>
    public async Task<IntakeBookDay> ReadAsync(string intakePoint, DateOnly day, Actor reader, CancellationToken cancellationToken = default)
    {
        var point = intakePoints.Find(intakePoint)
            ?? throw new InputRejectedException([new ValidationError("intakePoint", $"Không có điểm tiếp nhận mã «{intakePoint}».")]);
        var scope = access.ScopeOf(reader);
        if (reader.Role is not (ActorRole.ReceptionOfficer or ActorRole.Leader) || (scope.IntakePoint is { } own && own != point.Code))
        {
            throw new AccessDeniedException("outside_intake_point", $"Sổ theo dõi hồ sơ của {point.Name} chỉ do cán bộ của nơi tiếp nhận này và lãnh đạo Trung tâm xem.");
        }
        var period = ReportPeriod.Days(day, day, engine.Calendar.Settings.UtcOffset);
        var filter = new DossierFilter { IntakePoint = point.Code, ReceivedFrom = period.From, ReceivedTo = period.To };
        var received = new List<Dossier>();
        string? continuation = null;
        do
        {
            var page = await store.SearchAsync(filter, PageSize, continuation, cancellationToken);
            received.AddRange(page.Dossiers.Select(s => s.Dossier));
            continuation = page.Continuation;
        }
        while (continuation is not null);
        var lines = IntakeBook.Of(received, point.Code, day, engine.Calendar);
        var now = time.GetUtcNow();
        foreach (var line in lines)
        {
            await log.AppendAsync(AccessRecord.Of(line.Code, reader, Route, now), cancellationToken);
        }
        return new IntakeBookDay(point, day, lines);
    }
}
