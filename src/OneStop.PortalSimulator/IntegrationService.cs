using System.Globalization;
using System.Text.Json.Nodes;

namespace OneStop.PortalSimulator;

/// <summary>
/// The integration endpoint's services: the dossier sync (DongBoHoSoMC), the progress update (CapNhatTienDoHoSoMC)
/// and the list of dossiers filed since an instant (the fetch service). A call whose Idempotency-Key already
/// succeeded is answered as before and changes nothing (it is recorded as a duplicate).
/// </summary>
public sealed class IntegrationService(PortalState state, Faults faults, string fetchService)
{
    public JsonObject Handle(JsonObject request, string? key, DateTimeOffset now)
    {
        var service = ContractChecks.Text(request, "service") ?? "";
        if (state.AnswerOf(key) is { } earlier)
        {
            state.Record(new ReceivedCall(now, service, key, Duplicate: true, "0", null), earlier);
            return earlier;
        }
        var answer = service switch
        {
            "DongBoHoSoMC" => Sync(request),
            "CapNhatTienDoHoSoMC" => Progress(request),
            _ when service == fetchService => Fetch(request),
            _ => Error("-1", $"Dịch vụ '{service}' không được hỗ trợ."),
        };
        state.Record(new ReceivedCall(now, service, key, Duplicate: false, answer["error_code"]!.ToString(), answer["message"]?.ToString()), answer);
        return answer;
    }

    public static JsonObject Error(string code, string message) => new() { ["error_code"] = code, ["message"] = message };

    private JsonObject Sync(JsonObject request)
    {
        bool updating = ContractChecks.Text(request, "isUpdating") is "True" or "true";
        var items = (request["data"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (items.Count == 0)
        {
            return Error("-1", "Thiếu danh sách hồ sơ (data).");
        }
        foreach (var item in items)
        {
            if (ContractChecks.Dossier(item) is { } problem)
            {
                return Error("-1", problem);
            }
            var code = ContractChecks.Text(item, "MaHoSo")!;
            var refusal = state.WithDossier(code, (known, add) =>
            {
                if (known is null && updating)
                {
                    return $"Hồ sơ {code} chưa được đồng bộ: không thể cập nhật.";
                }
                if (known is not null && !updating)
                {
                    return $"Hồ sơ {code} đã được đồng bộ: gửi isUpdating = True để cập nhật.";
                }
                var dossier = known ?? add();
                dossier.Latest = (JsonObject)item.DeepClone();
                dossier.SyncedStatuses.Add(ContractChecks.Text(item, "TrangThaiHoSo")!);
                return null;
            });
            if (refusal is not null)
            {
                return Error("-1", refusal);
            }
        }
        return Ok();
    }

    private JsonObject Progress(JsonObject request)
    {
        var items = (request["data"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        if (items.Count == 0)
        {
            return Error("-1", "Thiếu danh sách tiến độ (data).");
        }
        foreach (var item in items)
        {
            if (ContractChecks.Progress(item) is { } problem)
            {
                return Error("-1", problem);
            }
            var code = ContractChecks.Text(item, "MaHoSo")!;
            var known = state.WithDossier(code, (dossier, _) =>
            {
                dossier?.Progress.Add(new RecordedProgress(ContractChecks.Text(item, "ThoiDiemXuLy")!, ContractChecks.Text(item, "TrangThai")!,
                    ContractChecks.Text(item, "NguoiXuLy")!, ContractChecks.Text(item, "PhongBanXuLy") ?? "", ContractChecks.Text(item, "NoiDungXuLy")!));
                return dossier is not null;
            });
            if (!known)
            {
                return Error("-1", $"Hồ sơ {code} chưa được đồng bộ: không thể cập nhật tiến độ.");
            }
        }
        return Ok();
    }

    private JsonObject Fetch(JsonObject request)
    {
        if (!DateTime.TryParseExact(ContractChecks.Text(request, "TuNgay"), "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Error("-1", "TuNgay phải có định dạng yyyyMMddHHmmss.");
        }
        var since = new DateTimeOffset(local, TimeSpan.FromHours(7));
        var found = state.Filed(f => f.FiledAt >= since);
        var listed = new List<JsonNode>();
        foreach (var dossier in faults.Reorder ? found.Reverse() : found)
        {
            listed.Add(dossier.Data.DeepClone());
            if (faults.TakeDuplicate())
            {
                listed.Add(dossier.Data.DeepClone());
            }
            dossier.Delivered = true;
        }
        var answer = Ok();
        answer["result"] = new JsonArray([.. listed]);
        return answer;
    }

    private static JsonObject Ok() => new() { ["error_code"] = 0, ["message"] = "Thành công" };
}
