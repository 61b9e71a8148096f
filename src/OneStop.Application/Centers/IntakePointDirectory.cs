using OneStop.Application.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Centers;

/// <summary>
/// An intake point and whether it receives new dossiers. A point is never removed (its dossiers keep its code): a
/// commune point merged away is closed instead.
/// </summary>
public sealed record IntakePointEntry(IntakePoint Point, bool Open);

/// <summary>
/// The center, its branches and the communes' reception points: the configured list, with what administrators added
/// or changed (stored, and preferred for their code). A change is in force at once on the instance that made it and,
/// on the others, at their next <see cref="RefreshAsync"/>; it is recorded with who made it and when.
/// </summary>
public sealed class IntakePointDirectory
{
    public const string SaveAction = "intake-point.save";

    private readonly CenterSettings center;
    private readonly IIntakePointStore store;
    private readonly IAdministrationLog log;
    private readonly TimeProvider time;
    private volatile IReadOnlyList<IntakePointEntry> entries;

    public IntakePointDirectory(CenterSettings center, IIntakePointStore store, IAdministrationLog log, TimeProvider time)
    {
        this.center = center;
        this.store = store;
        this.log = log;
        this.time = time;
        entries = Merge([]);
    }

    /// <summary>Every point, open or closed, in the configured order then by code.</summary>
    public IReadOnlyList<IntakePointEntry> All => entries;

    /// <summary>The points that receive new dossiers.</summary>
    public IReadOnlyList<IntakePoint> Open => [.. entries.Where(e => e.Open).Select(e => e.Point)];

    /// <summary>A point by its code, open or closed (a dossier received there keeps it).</summary>
    public IntakePoint? Find(string code) => entries.FirstOrDefault(e => e.Point.Code == code)?.Point;

    /// <summary>A point that receives new dossiers, by its code.</summary>
    public IntakePoint? FindOpen(string code) => entries.FirstOrDefault(e => e.Open && e.Point.Code == code)?.Point;

    public async Task RefreshAsync(CancellationToken cancellationToken = default) =>
        entries = Merge(await store.LoadAsync(cancellationToken));

    /// <summary>Adds a point or changes one (its name, its kind, whether it is open).</summary>
    /// <exception cref="InputRejectedException">The code or the name is not usable, or the last open center would close.</exception>
    public async Task<IntakePointEntry> SaveAsync(IntakePointEntry entry, Actor administrator, CancellationToken cancellationToken = default)
    {
        var errors = new List<ValidationError>();
        var code = entry.Point.Code?.Trim() ?? "";
        if (code.Length is < 1 or > 32 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
        {
            errors.Add(new("code", "Mã điểm tiếp nhận gồm 1–32 chữ cái không dấu, chữ số, '-', '_' hoặc '.'."));
        }
        if (string.IsNullOrWhiteSpace(entry.Point.Name) || entry.Point.Name.Trim().Length > 200)
        {
            errors.Add(new("name", "Cần tên điểm tiếp nhận (tối đa 200 ký tự)."));
        }
        if (!Enum.IsDefined(entry.Point.Kind))
        {
            errors.Add(new("kind", "Loại điểm tiếp nhận không hợp lệ."));
        }
        if (!entry.Open && !entries.Any(e => e.Open && e.Point.Code != code && e.Point.Kind == IntakePointKind.Center))
        {
            errors.Add(new("open", "Phải còn ít nhất một Trung tâm đang tiếp nhận hồ sơ."));
        }
        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }
        var before = entries.FirstOrDefault(e => e.Point.Code == code);
        var saved = new IntakePointEntry(new IntakePoint(code, entry.Point.Name.Trim(), entry.Point.Kind), entry.Open);
        if (saved == before)
        {
            return saved;
        }
        await store.SaveAsync(saved, cancellationToken);
        await RefreshAsync(cancellationToken);
        var what = before is null ? "Thêm" : saved.Open ? "Cập nhật" : "Ngừng tiếp nhận tại";
        await log.AppendAsync(AdminChange.Of(administrator, SaveAction, $"{what} điểm tiếp nhận {saved.Point.Name} ({code}).", time.GetUtcNow()), cancellationToken);
        return saved;
    }

    private IReadOnlyList<IntakePointEntry> Merge(IReadOnlyList<IntakePointEntry> stored)
    {
        var configured = center.IntakePoints.Select(p => stored.FirstOrDefault(s => s.Point.Code == p.Code) ?? new IntakePointEntry(p, true));
        var added = stored.Where(s => center.IntakePoints.All(p => p.Code != s.Point.Code)).OrderBy(s => s.Point.Code, StringComparer.Ordinal);
        return [.. configured, .. added];
    }
}
