using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Domain.Tests.Workflow;

/// <summary>A small province: three departments and three procedures, and helpers to drive a dossier.</summary>
internal static class Scenario
{
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    public static readonly DepartmentCode Construction = new("SXD");
    public static readonly DepartmentCode Agriculture = new("SNNMT");
    public static readonly DepartmentCode Finance = new("STC");
    public static readonly DepartmentCode NotYetOnboarded = new("SYT");

    public static readonly Department[] Departments =
    [
        new(Construction, "Sở Xây dựng", new DateOnly(2020, 12, 5)),
        new(Agriculture, "Sở Nông nghiệp và Môi trường", new DateOnly(2020, 12, 5)),
        new(Finance, "Sở Tài chính", new DateOnly(2021, 1, 1)),
        new(NotYetOnboarded, "Sở Y tế", new DateOnly(2030, 1, 1)),
    ];

    public static readonly RequiredDocument[] Papers =
    [
        new("don", "Đơn đề nghị cấp giấy phép xây dựng"),
        new("bang-ve", "Bản vẽ thiết kế xây dựng"),
        new("uy-quyen", "Giấy ủy quyền", Mandatory: false),
    ];

    /// <summary>Construction (3 days) then Agriculture (2 days): 7 working days in all.</summary>
    public static readonly ProcedureVersion Sequential = new(
        new ProcedureCode("1.009994"), 1, new DateOnly(2025, 7, 1), "Cấp giấy phép xây dựng", [Construction], Papers,
        [new Fee("Lệ phí cấp giấy phép", 75_000)], TimeLimit.WorkingDays(7), OnlineLevel.Full,
        [new ProcessStep("Thẩm định hồ sơ", [Construction], TimeLimit.WorkingDays(3)), new ProcessStep("Lấy ý kiến môi trường", [Agriculture], TimeLimit.WorkingDays(2))]);

    /// <summary>Construction and Agriculture in parallel (liên thông), then Finance.</summary>
    public static readonly ProcedureVersion LienThong = new(
        new ProcedureCode("2.002154"), 1, new DateOnly(2025, 7, 1), "Giao đất, cho thuê đất", [Agriculture], Papers, [],
        TimeLimit.WorkingDays(10), OnlineLevel.Partial,
        [new ProcessStep("Thẩm định liên thông", [Construction, Agriculture], TimeLimit.WorkingDays(5)), new ProcessStep("Xác định nghĩa vụ tài chính", [Finance], TimeLimit.WorkingDays(3))]);

    public static readonly ProcedureVersion CounterOnly = Sequential with
    {
        Code = new ProcedureCode("1.000001"),
        OnlineLevel = OnlineLevel.None,
        Steps = [new ProcessStep("Giải quyết", [NotYetOnboarded], TimeLimit.WorkingDays(5))],
        CompetentDepartments = [NotYetOnboarded],
    };

    public static readonly DossierEngine Engine = new(WorkingCalendar.Default);

    public static readonly Actor Officer = Actor.ReceptionOfficer("officer-1", "Nguyễn Thị Lan");
    public static readonly Actor Citizen = Actor.Applicant("citizen-1", "Trần Văn Bình");
    public static readonly Actor Leader = Actor.Leader("leader-1", "Lê Văn Cường");

    public static Actor OfficerOf(DepartmentCode department) => Actor.DepartmentOfficer($"officer-{department}", $"Chuyên viên {department}", department);

    /// <summary>Monday 23 November 2026, 09:00 in Vietnam.</summary>
    public static DateTimeOffset Monday9 => new(2026, 11, 23, 9, 0, 0, Vietnam);

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, Vietnam);

    public static Applicant Applicant() =>
        OneStop.Domain.Dossiers.Applicant.Create(ApplicantKind.Citizen, "Trần Văn Bình", "001085012345", "0912345678", "Số 1 Hoàng Văn Thụ, phường Phan Đình Phùng, Thái Nguyên").Applicant!;

    public static SubmittedDocument Paper(string code) =>
        new(code, $"{code}.pdf", "application/pdf", 1024, new string('a', 64), $"blob/{code}");

    public static Dossier Filed(ProcedureVersion? procedure = null, IntakeChannel channel = IntakeChannel.Online, DateTimeOffset? at = null, int sequence = 1)
    {
        var code = new DossierCode(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 11, 23), sequence);
        var request = new FilingRequest(
            Applicant(), procedure ?? Sequential, Departments, channel,
            new IntakePoint("TTHCC", "Trung tâm Phục vụ hành chính công tỉnh", IntakePointKind.Center),
            [Paper("don"), Paper("bang-ve")], Citizen);
        var (result, errors) = Engine.File(code, request, at ?? Monday9);
        Assert.Empty(errors);
        return result!.Dossier;
    }

    public static Dossier Received(ProcedureVersion? procedure = null, DateTimeOffset? at = null) =>
        Apply(Filed(procedure, at: at), new Receive { Actor = Officer }, at ?? Monday9);

    /// <summary>Applies a signal that must be accepted, and returns the dossier after it.</summary>
    public static Dossier Apply(Dossier dossier, Signal signal, DateTimeOffset at)
    {
        var result = Engine.Advance(dossier, signal, at);
        Assert.True(result.Outcome == AdvanceOutcome.Applied, $"{signal.GetType().Name} was {result.Outcome}: {result.Refusal?.Message}");
        return result.Dossier;
    }

    public static DepartmentDecision Decision(DepartmentCode department, int step, DecisionKind kind, string? id = null, string? note = null) =>
        new(id ?? $"{department}-{step}-{kind}", department, step, kind, note,
            kind == DecisionKind.RequestSupplement ? ["Bản vẽ mặt bằng có chữ ký của chủ đầu tư"] : null,
            kind == DecisionKind.RequestFees ? 2_500_000 : 0)
        { Actor = OfficerOf(department) };

    public static Dossier Decide(Dossier dossier, DepartmentCode department, int step, DecisionKind kind, DateTimeOffset at, string? note = null) =>
        Apply(dossier, Decision(department, step, kind, note: note), at);
}
