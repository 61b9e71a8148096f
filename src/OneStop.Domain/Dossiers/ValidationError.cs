namespace OneStop.Domain.Dossiers;

/// <summary>A field of input that is not acceptable, with the message the applicant or officer reads (Vietnamese).</summary>
public sealed record ValidationError(string Field, string Message);
