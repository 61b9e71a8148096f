using OneStop.Domain.Dossiers;

namespace OneStop.Application.Filing;

/// <summary>The applicant's part of a submission form, as typed.</summary>
public sealed record ApplicantForm(ApplicantKind Kind, string? FullName, string? CitizenId, string? Phone, string? Address, string? Email = null, string? TaxCode = null);

/// <summary>The form that comes with a submission's files; the result is returned where it was filed unless <paramref name="ReturnPointCode"/> names another open point.</summary>
public sealed record SubmissionForm(string? ProcedureCode, ApplicantForm? Applicant, IntakeChannel Channel, string? IntakePointCode, string? ReturnPointCode = null);

/// <summary>What the submitter gets back: the code, where the dossier stands, and the secret to look it up with.</summary>
public sealed record SubmissionResult(string Code, DossierStatus Status, DateTimeOffset? AppointmentAt, string TrackingSecret);
