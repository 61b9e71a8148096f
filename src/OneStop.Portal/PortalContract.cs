using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OneStop.Application.Portal;
using OneStop.Domain.Dossiers;

namespace OneStop.Portal;

/// <summary>
/// The portal's JSON, field by field: a service request is { session, madonvi, service, isUpdating, data: [ … ] },
/// an answer carries error_code (0 for success; "0" and "00" are read the same) and a message. Codes the portal
/// takes as text (status, kind of applicant, form of return) are written as text.
/// </summary>
public static class PortalContract
{
    public static JsonObject Dossier(PortalDossierReport d) => new()
    {
        ["MaHoSo"] = d.DossierCode,
        ["MaTTHC"] = d.ProcedureCode,
        ["TenTTHC"] = d.ProcedureName,
        ["ChuHoSo"] = d.ApplicantName,
        ["LoaiDoiTuong"] = d.ApplicantKind == ApplicantKind.Organization ? "2" : "1",
        ["MaDoiTuong"] = d.ApplicantId,
        ["Email"] = d.Email ?? "",
        ["SoDienThoai"] = d.Phone ?? "",
        ["DiaChi"] = d.Address ?? "",
        ["TrichYeuHoSo"] = d.Summary,
        ["NgayTiepNhan"] = PortalDates.Write(d.ReceivedAt),
        ["NgayHenTra"] = PortalDates.Write(d.AppointmentAt),
        ["TrangThaiHoSo"] = Status(d.Status),
        ["NgayTra"] = PortalDates.Write(d.ReturnedAt),
        ["HinhThuc"] = d.ReturnMethod == ReturnMethod.Post ? "1" : "0",
        ["NgayKetThucXuLy"] = PortalDates.Write(d.EndedAt),
        ["DonViXuLy"] = d.HandlingUnit,
        ["TaiLieuNop"] = Array(d.Documents.Select(f => new JsonObject
        {
            ["TepDinhKemId"] = f.FileId,
            ["TenTepDinhKem"] = f.FileName,
            ["MaThanhPhanHoSo"] = f.DocumentCode,
        })),
        ["DanhSachLePhi"] = Array(d.Fees.Select(f => new JsonObject
        {
            ["TenPhiLePhi"] = f.Name,
            ["Gia"] = f.AmountVnd,
        })),
        ["DanhSachHoSoBoSung"] = Array(d.Supplements.Select(s => new JsonObject
        {
            ["HoSoBoSungId"] = s.Id,
            ["NguoiYeuCauBoSung"] = s.RequestedBy,
            ["NoiDungBoSung"] = s.Content,
            ["NgayBoSung"] = PortalDates.Write(s.RequestedAt),
            ["NgayTiepNhanBoSung"] = PortalDates.Write(s.ProvidedAt),
            ["NgayHenTraMoi"] = PortalDates.Write(s.NewAppointmentAt),
        })),
        ["DanhSachGiayToKetQua"] = Array(d.Results.Select(r => new JsonObject
        {
            ["TenGiayTo"] = r.Name,
            ["GiayToId"] = r.Reference ?? "",
        })),
    };

    public static JsonObject Progress(PortalProgressReport p) => new()
    {
        ["MaHoSo"] = p.DossierCode,
        ["NguoiXuLy"] = p.HandlerName,
        ["ChucDanh"] = p.HandlerTitle,
        ["ThoiDiemXuLy"] = PortalDates.Write(p.At),
        ["PhongBanXuLy"] = p.Unit,
        ["NoiDungXuLy"] = p.Content,
        ["TrangThai"] = Status(p.Status),
        ["NgayBatDau"] = PortalDates.Write(p.StartedAt),
        ["NgayKetThucTheoQuyDinh"] = PortalDates.Write(p.DueAt),
    };

    /// <summary>An answer's error_code and message; a body that is not the contract's answer is null.</summary>
    public static PortalAnswer? ReadAnswer(JsonNode? answer)
    {
        if (answer is not JsonObject o || !o.TryGetPropertyValue("error_code", out var code) || code is null)
        {
            return null;
        }
        var text = code.GetValueKind() == JsonValueKind.Number ? code.GetValue<decimal>().ToString(CultureInfo.InvariantCulture) : code.GetValue<string>();
        var message = o["message"]?.GetValueKind() == JsonValueKind.String ? o["message"]!.GetValue<string>() : null;
        return text.Trim() is "0" or "00" ? PortalAnswer.Ok with { Message = message } : new PortalAnswer(false, text, message);
    }

    /// <summary>
    /// A dossier filed on the portal, or what makes it unreadable. Required: MaHoSo, MaTTHC, ChuHoSo, NgayTiepNhan;
    /// the rest is checked when the dossier is received, like any filing.
    /// </summary>
    public static (PortalFiledDossier? Dossier, string? Problem) ReadFiled(JsonNode? node)
    {
        if (node is not JsonObject o)
        {
            return (null, "a dossier must be a JSON object");
        }
        var code = Text(o, "MaHoSo");
        var procedure = Text(o, "MaTTHC");
        var name = Text(o, "ChuHoSo");
        if (code is null || procedure is null || name is null)
        {
            return (null, "MaHoSo, MaTTHC and ChuHoSo are required");
        }
        if (!PortalDates.TryRead(Text(o, "NgayTiepNhan"), out var filedAt))
        {
            return (null, $"{code}: NgayTiepNhan must be a date as yyyyMMddHHmmss");
        }
        var organization = Text(o, "LoaiDoiTuong") == "2";
        var files = new List<PortalFiledFile>();
        foreach (var file in (o["TaiLieuNop"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var fileName = Text(file, "TenTepDinhKem");
            var address = Text(file, "DuongDanTaiTepTin");
            var documentCode = Text(file, "MaThanhPhanHoSo");
            if (fileName is null || address is null || documentCode is null)
            {
                return (null, $"{code}: each TaiLieuNop needs TenTepDinhKem, MaThanhPhanHoSo and DuongDanTaiTepTin");
            }
            files.Add(new PortalFiledFile(documentCode, fileName, ContentTypeOf(fileName), address));
        }
        return (new PortalFiledDossier(code, procedure, organization ? ApplicantKind.Organization : ApplicantKind.Citizen, name,
            organization ? Text(o, "SoDinhDanhNguoiDaiDien") : Text(o, "MaDoiTuong"), organization ? Text(o, "MaDoiTuong") : null,
            Text(o, "SoDienThoai"), Text(o, "Email"), Text(o, "DiaChi"), filedAt, files), null);
    }

    /// <summary>The portal's status codes are the center's (<see cref="DossierStatus"/> numbers them as the portal does).</summary>
    private static string Status(DossierStatus status) => ((int)status).ToString(CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<JsonObject> items) => [.. items];

    private static string? Text(JsonObject o, string name) =>
        o[name] is JsonValue v && v.GetValueKind() is JsonValueKind.String or JsonValueKind.Number && v.ToString().Trim() is { Length: > 0 } t ? t : null;

    /// <summary>The portal names a file but not its type: the type follows the name, and the file's first bytes are checked against it on receipt.</summary>
    private static string ContentTypeOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".pdf" => "application/pdf",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".docx" => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };
}
