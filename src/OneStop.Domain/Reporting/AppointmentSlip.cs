using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>A paper listed on the receipt: its name as the procedure gives it, and how many files were handed in.</summary>
public sealed record ReceivedPaper(string Name, int Files);

/// <summary>Mẫu 01, giấy tiếp nhận hồ sơ và hẹn trả kết quả: the data the printed receipt shows.</summary>
public sealed record AppointmentSlip(
    DossierCode Code,
    IntakePoint IntakePoint,
    IntakeChannel Channel,
    string ApplicantName,
    string ApplicantAddress,
    PhoneNumber ApplicantPhone,
    string ProcedureName,
    IReadOnlyList<ReceivedPaper> Papers,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AppointmentAt,
    string ReceivedBy)
{
    /// <summary>The slip of a received dossier, or null before reception.</summary>
    public static AppointmentSlip? For(Dossier dossier)
    {
        var received = dossier.History.OfType<DossierReceived>().FirstOrDefault();
        if (received is null)
        {
            return null;
        }
        var papers = dossier.Procedure.Documents
            .Select(d => new ReceivedPaper(d.Name, dossier.Documents.Count(f => f.DocumentCode == d.Code)))
            .Where(p => p.Files > 0)
            .ToList();
        return new AppointmentSlip(
            dossier.Code,
            dossier.IntakePoint,
            dossier.Channel,
            dossier.Applicant.FullName,
            dossier.Applicant.Address,
            dossier.Applicant.Phone,
            dossier.Procedure.Name,
            papers,
            received.At,
            dossier.AppointmentAt ?? received.Appointment,
            received.Actor.Name);
    }
}
