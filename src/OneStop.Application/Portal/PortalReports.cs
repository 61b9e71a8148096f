using OneStop.Domain.Dossiers;

namespace OneStop.Application.Portal;

/// <summary>
/// A dossier as a whole, as the portal's dossier sync (DongBoHoSoMC) takes it, as it stood after one event of its
/// history. The adapter writes it in the portal's field names (given here next to each); the center's names are used here.
/// </summary>
/// <param name="DossierCode">MaHoSo: the portal's own code for a dossier filed there, else the center's.</param>
/// <param name="ProcedureCode">MaTTHC: the national code.</param>
/// <param name="ProcedureName">TenTTHC.</param>
/// <param name="ApplicantName">ChuHoSo.</param>
/// <param name="ApplicantKind">LoaiDoiTuong: 1 a citizen, 2 an organization.</param>
/// <param name="ApplicantId">MaDoiTuong: the citizen's identity number, or the organization's tax code.</param>
/// <param name="Summary">TrichYeuHoSo.</param>
/// <param name="ReceivedAt">NgayTiepNhan.</param>
/// <param name="AppointmentAt">NgayHenTra.</param>
/// <param name="Status">TrangThaiHoSo.</param>
/// <param name="ReturnedAt">NgayTra.</param>
/// <param name="ReturnMethod">HinhThuc: how the result is returned (1 by post, 0 otherwise).</param>
/// <param name="EndedAt">NgayKetThucXuLy.</param>
/// <param name="HandlingUnit">DonViXuLy.</param>
/// <param name="Documents">TaiLieuNop.</param>
/// <param name="Fees">DanhSachLePhi.</param>
/// <param name="Supplements">DanhSachHoSoBoSung.</param>
/// <param name="Results">DanhSachGiayToKetQua.</param>
public sealed record PortalDossierReport(
    string DossierCode,
    string ProcedureCode,
    string ProcedureName,
    string ApplicantName,
    ApplicantKind ApplicantKind,
    string ApplicantId,
    string? Email,
    string? Phone,
    string? Address,
    string Summary,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? AppointmentAt,
    DossierStatus Status,
    DateTimeOffset? ReturnedAt,
    ReturnMethod? ReturnMethod,
    DateTimeOffset? EndedAt,
    string HandlingUnit,
    IReadOnlyList<PortalDocument> Documents,
    IReadOnlyList<PortalFee> Fees,
    IReadOnlyList<PortalSupplement> Supplements,
    IReadOnlyList<PortalResult> Results);

/// <summary>A paper filed (TaiLieuNop): TepDinhKemId, TenTepDinhKem, MaThanhPhanHoSo.</summary>
public sealed record PortalDocument(string FileId, string FileName, string DocumentCode);

/// <summary>A fee (DanhSachLePhi): TenPhiLePhi, Gia.</summary>
public sealed record PortalFee(string Name, long AmountVnd);

/// <summary>A supplement request (DanhSachHoSoBoSung): HoSoBoSungId, NguoiYeuCauBoSung, NoiDungBoSung, NgayBoSung, NgayTiepNhanBoSung, NgayHenTraMoi.</summary>
public sealed record PortalSupplement(string Id, string RequestedBy, string Content, DateTimeOffset RequestedAt, DateTimeOffset? ProvidedAt, DateTimeOffset? NewAppointmentAt);

/// <summary>A result paper (DanhSachGiayToKetQua): TenGiayTo, GiayToId.</summary>
public sealed record PortalResult(string Name, string? Reference);

/// <summary>
/// One step of the dossier's progress, as the portal's progress update (CapNhatTienDoHoSoMC) takes it.
/// </summary>
/// <param name="DossierCode">MaHoSo.</param>
/// <param name="HandlerName">NguoiXuLy.</param>
/// <param name="HandlerTitle">ChucDanh.</param>
/// <param name="At">ThoiDiemXuLy.</param>
/// <param name="Unit">PhongBanXuLy: the department or intake point that acted.</param>
/// <param name="Content">NoiDungXuLy.</param>
/// <param name="Status">TrangThai.</param>
/// <param name="StartedAt">NgayBatDau: when the step (or the dossier's clock) started.</param>
/// <param name="DueAt">NgayKetThucTheoQuyDinh: when the step (or the dossier) is due by the rules.</param>
public sealed record PortalProgressReport(
    string DossierCode,
    string HandlerName,
    string HandlerTitle,
    DateTimeOffset At,
    string Unit,
    string Content,
    DossierStatus Status,
    DateTimeOffset? StartedAt,
    DateTimeOffset? DueAt);

/// <summary>A dossier filed on the portal, as it arrives (pushed to the center, or fetched).</summary>
/// <param name="PortalCode">MaHoSo, the portal's code.</param>
/// <param name="ProcedureCode">MaTTHC.</param>
/// <param name="FiledAt">NgayTiepNhan: when the portal received it.</param>
public sealed record PortalFiledDossier(
    string PortalCode,
    string ProcedureCode,
    ApplicantKind ApplicantKind,
    string ApplicantName,
    string? CitizenId,
    string? TaxCode,
    string? Phone,
    string? Email,
    string? Address,
    DateTimeOffset FiledAt,
    IReadOnlyList<PortalFiledFile> Files);

/// <summary>A file of a dossier filed on the portal (TaiLieuNop): MaThanhPhanHoSo, TenTepDinhKem, DuongDanTaiTepTin.</summary>
public sealed record PortalFiledFile(string DocumentCode, string FileName, string ContentType, string Address);
