using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OneStop.PortalSimulator;

/// <summary>A service call as the simulator received it, and what it answered.</summary>
public sealed record ReceivedCall(DateTimeOffset At, string Service, string? Key, bool Duplicate, string ErrorCode, string? Message);

/// <summary>A step of progress as the portal recorded it.</summary>
public sealed record RecordedProgress(string ThoiDiemXuLy, string TrangThai, string NguoiXuLy, string PhongBanXuLy, string NoiDungXuLy);

/// <summary>A dossier as the portal knows it: its latest whole form, every status it was synced with, and its progress, in the order received.</summary>
public sealed class KnownDossier
{
    public JsonObject Latest { get; set; } = [];

    public List<string> SyncedStatuses { get; init; } = [];

    public List<RecordedProgress> Progress { get; init; } = [];
}

/// <summary>A dossier filed on the portal by a citizen, waiting to be delivered to the province (pushed, or fetched).</summary>
public sealed record FiledDossier(string MaHoSo, DateTimeOffset FiledAt, JsonObject Data)
{
    public bool Delivered { get; set; }

    public string? LastPushError { get; set; }

    /// <summary>The province's own code for the dossier (SoBienNhan), as its answer to the push gave it.</summary>
    public string? ProvinceCode { get; set; }
}

/// <summary>
/// Everything the simulator holds: sessions and calls in memory; the dossiers reported, the dossiers filed and their
/// files, and the answers given (what makes a repeated call a duplicate) also in <c>Simulator:StateFile</c> when set,
/// written after each change, so that a demonstration center's portal keeps its dossiers across restarts as a real one would.
/// </summary>
public sealed class PortalState
{
    private readonly Lock gate = new();
    private readonly HashSet<string> sessions = [];
    private readonly Dictionary<string, JsonObject> answers = [];
    private readonly List<ReceivedCall> calls = [];
    private readonly Dictionary<string, KnownDossier> dossiers = [];
    private readonly List<FiledDossier> filed = [];
    private readonly Dictionary<string, (string Name, byte[] Bytes)> files = [];
    private readonly string? stateFile;
    private int filedCount;

    public PortalState(SimulatorSettings settings)
    {
        stateFile = settings.StateFile;
        if (stateFile is not null && System.IO.File.Exists(stateFile) && JsonSerializer.Deserialize<Snapshot>(System.IO.File.ReadAllText(stateFile)) is { } saved)
        {
            answers = saved.Answers;
            dossiers = saved.Dossiers;
            filed = saved.Filed;
            files = saved.Files.ToDictionary(f => f.Key, f => (f.Value.Name, Convert.FromBase64String(f.Value.Base64)));
            filedCount = filed.Count;
        }
    }

    private sealed record SavedFile(string Name, string Base64);

    private sealed record Snapshot(Dictionary<string, JsonObject> Answers, Dictionary<string, KnownDossier> Dossiers, List<FiledDossier> Filed, Dictionary<string, SavedFile> Files);

    /// <summary>Writes what must outlive a restart (under the lock), to a temporary file first so that a crash leaves the last whole state.</summary>
    private void Save()
    {
        if (stateFile is null)
        {
            return;
        }
        var snapshot = new Snapshot(answers, dossiers, filed, files.ToDictionary(f => f.Key, f => new SavedFile(f.Value.Name, Convert.ToBase64String(f.Value.Bytes))));
        System.IO.File.WriteAllText(stateFile + ".tmp", JsonSerializer.Serialize(snapshot));
        System.IO.File.Move(stateFile + ".tmp", stateFile, overwrite: true);
    }

    /// <summary>Records that a dossier filed here was delivered, and what the province answered.</summary>
    public void Delivered(FiledDossier dossier, string? provinceCode, string? error)
    {
        lock (gate)
        {
            dossier.Delivered = true;
            dossier.ProvinceCode = provinceCode ?? dossier.ProvinceCode;
            dossier.LastPushError = error;
            Save();
        }
    }

    public string OpenSession()
    {
        var session = Guid.NewGuid().ToString("N");
        lock (gate)
        {
            sessions.Add(session);
        }
        return session;
    }

    public bool IsSession(string? session)
    {
        lock (gate)
        {
            return session is not null && sessions.Contains(session);
        }
    }

    /// <summary>The answer an earlier call with the same key was given, if it succeeded.</summary>
    public JsonObject? AnswerOf(string? key)
    {
        lock (gate)
        {
            return key is not null && answers.TryGetValue(key, out var answer) ? (JsonObject)answer.DeepClone() : null;
        }
    }

    public void Record(ReceivedCall call, JsonObject answer)
    {
        lock (gate)
        {
            calls.Add(call);
            if (call.Key is not null && call.ErrorCode == "0" && !call.Duplicate)
            {
                answers[call.Key] = (JsonObject)answer.DeepClone();
                Save();
            }
        }
    }

    public IReadOnlyList<ReceivedCall> Calls()
    {
        lock (gate)
        {
            return [.. calls];
        }
    }

    /// <summary>Runs a change of a known dossier (or of a new one) under the state's lock.</summary>
    public T WithDossier<T>(string maHoSo, Func<KnownDossier?, Func<KnownDossier>, T> change)
    {
        lock (gate)
        {
            dossiers.TryGetValue(maHoSo, out var known);
            var result = change(known, () => dossiers[maHoSo] = new KnownDossier());
            Save();
            return result;
        }
    }

    public IReadOnlyDictionary<string, KnownDossier> Dossiers()
    {
        lock (gate)
        {
            return new Dictionary<string, KnownDossier>(dossiers);
        }
    }

    /// <summary>Files a dossier on the portal: gives it the portal's code, keeps its files, and lists it for delivery.</summary>
    public FiledDossier File(JsonObject data, IEnumerable<(string Name, byte[] Bytes)> attachments, DateTimeOffset now)
    {
        lock (gate)
        {
            filedCount++;
            var code = data["MaHoSo"]?.GetValue<string>() ?? $"DVCQG-{now.ToOffset(TimeSpan.FromHours(7)):yyMMdd}-{filedCount:00000}";
            data["MaHoSo"] = code;
            data["NgayTiepNhan"] = now.ToOffset(TimeSpan.FromHours(7)).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            int index = 0;
            foreach (var (name, bytes) in attachments)
            {
                var id = $"{code}-{++index}";
                files[id] = (name, bytes);
                if (data["TaiLieuNop"] is JsonArray list && list.Count >= index && list[index - 1] is JsonObject entry)
                {
                    entry["TepDinhKemId"] = id;
                    entry["DuongDanTaiTepTin"] = $"/files/{id}";
                }
            }
            var dossier = new FiledDossier(code, now, data);
            filed.Add(dossier);
            // Filed here, the portal knows it whole: the province only updates it.
            dossiers[code] = new KnownDossier { Latest = (JsonObject)data.DeepClone() };
            Save();
            return dossier;
        }
    }

    public IReadOnlyList<FiledDossier> Filed(Func<FiledDossier, bool> which)
    {
        lock (gate)
        {
            return [.. filed.Where(which)];
        }
    }

    public (string Name, byte[] Bytes)? FileContent(string id)
    {
        lock (gate)
        {
            return files.TryGetValue(id, out var file) ? file : null;
        }
    }
}
