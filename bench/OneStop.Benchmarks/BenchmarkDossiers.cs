using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Benchmarks;

/// <summary>A dossier of a two-step liên thông procedure at each stage the benchmarks start from.</summary>
internal static class BenchmarkDossiers
{
    public static readonly DepartmentCode Construction = new("SXD");
    public static readonly DepartmentCode Agriculture = new("SNNMT");
    public static readonly DossierEngine Engine = new(WorkingCalendar.Default);
    public static readonly Actor Officer = Actor.ReceptionOfficer("cb-01", "Cán bộ tiếp nhận");
    public static readonly Actor ConstructionOfficer = Actor.DepartmentOfficer("sxd-01", "Chuyên viên", Construction);
    public static readonly DateTimeOffset Monday9 = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly ProcedureVersion Procedure = new(
        new ProcedureCode("1.009994"), 1, new DateOnly(2025, 7, 1), "Cấp giấy phép xây dựng", [Construction],
        [new RequiredDocument("don", "Đơn đề nghị")], [], TimeLimit.WorkingDays(15), OnlineLevel.Full,
        [new ProcessStep("Thẩm định", [Construction, Agriculture], TimeLimit.WorkingDays(10)), new ProcessStep("Ký duyệt", [Construction], TimeLimit.WorkingDays(4))]);

    public static Dossier Filed() => Filed(Monday9, 1);

    public static Dossier Filed(DateTimeOffset at, int sequence)
    {
        var applicant = Applicant.Create(ApplicantKind.Citizen, "Trần Văn Bình", "001085012345", "0912345678", "Thái Nguyên").Applicant!;
        var code = new DossierCode(new AgencyCode("000.00.12.H56"), DateOnly.FromDateTime(at.DateTime), sequence);
        var request = new FilingRequest(
            applicant, Procedure,
            [new Department(Construction, "Sở Xây dựng", new DateOnly(2020, 1, 1)), new Department(Agriculture, "Sở Nông nghiệp và Môi trường", new DateOnly(2020, 1, 1))],
            IntakeChannel.Online, new IntakePoint("TT", "Trung tâm", IntakePointKind.Center),
            [new SubmittedDocument("don", "don.pdf", "application/pdf", 1, new string('0', 64), "k")], Actor.Applicant("cd", "Trần Văn Bình"));
        return Engine.File(code, request, at).Result!.Dossier;
    }

    public static Dossier Received() => Received(Monday9, 1);

    public static Dossier Received(DateTimeOffset at, int sequence) => Engine.Advance(Filed(at, sequence), new Receive { Actor = Officer }, at).Dossier;
}
