using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>
/// The forms a dossier has, by what happened to it, in the order they are listed: Mẫu 01 once received, Mẫu 02 once a
/// supplement was asked for, Mẫu 03 once reception refused it, Mẫu 04 once the appointment was revised with an apology,
/// Mẫu 05 once processing was stopped (by the agency, or at the applicant's request), Mẫu 06 once received, and the notice of the result once
/// issued. Said here once: the API lists these with the dossier, and a form not listed is not printed.
/// </summary>
public static class DossierForms
{
    public const string ResultNotice = "ket-qua";

    public static IReadOnlyList<string> Of(Dossier dossier)
    {
        var forms = new List<string>();
        bool received = AppointmentSlip.For(dossier) is not null;
        if (received)
        {
            forms.Add(Code(FormKind.Mau01));
        }
        if (dossier.History.OfType<SupplementRequested>().Any())
        {
            forms.Add(Code(FormKind.Mau02));
        }
        if (dossier.History.OfType<ReceptionRefused>().Any())
        {
            forms.Add(Code(FormKind.Mau03));
        }
        if (dossier.History.OfType<AppointmentRevised>().Any())
        {
            forms.Add(Code(FormKind.Mau04));
        }
        if (dossier.History.OfType<ProcessingStopped>().Any())
        {
            forms.Add(Code(FormKind.Mau05));
        }
        if (dossier.ReceivedAt is not null)
        {
            forms.Add(Code(FormKind.Mau06));
        }
        if (dossier.History.OfType<ResultIssued>().Any())
        {
            forms.Add(ResultNotice);
        }
        return forms;
    }

    /// <summary>A numbered form's code in the API: mau-01 to mau-06.</summary>
    public static string Code(FormKind form) => $"mau-0{(int)form}";
}
