namespace OneStop.Domain.Catalog;

/// <summary>How far a procedure can be done online (Decree 42/2022).</summary>
public enum OnlineLevel
{
    /// <summary>Only at the counter or by post.</summary>
    None,

    /// <summary>Một phần: filed online, but some step needs the applicant in person (or the result is returned on paper).</summary>
    Partial,

    /// <summary>Toàn trình: everything, result included, online.</summary>
    Full,
}
