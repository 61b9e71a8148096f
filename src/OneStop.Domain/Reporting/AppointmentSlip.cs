using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>A paper listed on the receipt: its name as the procedure gives it, the originals and copies it asks for, and the files handed in.</summary>
public sealed record ReceivedPaper(string Name, int Originals, int Copies, int Files);

/// <summary>Mẫu 01, giấy tiếp nhận hồ sơ và hẹn trả kết quả: the data the printed receipt shows.</summary>
/// <param name="BookNumber">The line of the intake book (sổ theo dõi hồ sơ): the day's sequence number in the dossier code.</param>
/// <param name="TrackingSecret">The public lookup's secret, when the dossier keeps it.</param>
public sealed record AppointmentSlip(
    DossierCode Code,
    IntakePoint IntakePoint,
    IntakeChannel Channel,
    string ApplicantName,
    string ApplicantAddress,
    PhoneNumber ApplicantPhone,
    string? ApplicantEmail,
    string ProcedureName,
    string TimeLimit,
    IReadOnlyList<ReceivedPaper> Papers,
    IReadOnlyList<Fee> Fees,
    DateTimeOffset ReceivedAt,
    DateTimeOffset AppointmentAt,
    string ReceivedBy,
    string BookNumber,
    string? TrackingSecret)
{
    /// <summary>Where the result is collected: the point the applicant chose, or the intake point.</summary>
    public IntakePoint ResultPoint { get; init; } = IntakePoint;

    /// <summary>The slip of a received dossier, or null before reception.</summary>
    public static AppointmentSlip? For(Dossier dossier)
    {
        var received = dossier.History.OfType<DossierReceived>().FirstOrDefault();
        if (received is null)
        {
            return null;
        }
        var papers = dossier.Procedure.Documents
            .Select(d => new ReceivedPaper(d.Name, d.Originals, d.Copies, dossier.Documents.Count(f => f.DocumentCode == d.Code)))
            .Where(p => p.Files > 0)
            .ToList();
        return new AppointmentSlip(
            dossier.Code,
            dossier.IntakePoint,
            dossier.Channel,
            dossier.Applicant.FullName,
            dossier.Applicant.Address,
            dossier.Applicant.Phone,
            dossier.Applicant.Email,
            dossier.Procedure.Name,
            dossier.Procedure.TimeLimit.ToString(),
            papers,
            dossier.Procedure.Fees,
            received.At,
            dossier.AppointmentAt ?? received.Appointment,
            received.Actor.Name,
            dossier.Id[(dossier.Id.LastIndexOf('-') + 1)..],
            dossier.TrackingSecret)
        {
            ResultPoint = dossier.ResultPoint(),
        };
    }
}
