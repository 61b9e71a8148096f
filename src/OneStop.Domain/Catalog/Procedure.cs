namespace OneStop.Domain.Catalog;

/// <summary>An administrative procedure (thủ tục hành chính) with all its versions.</summary>
public sealed record Procedure(ProcedureCode Code, IReadOnlyList<ProcedureVersion> Versions)
{
    /// <summary>The version in force on a date: the latest one effective on or before it.</summary>
    public ProcedureVersion? VersionOn(DateOnly date) =>
        Versions.Where(v => v.EffectiveFrom <= date).MaxBy(v => v.EffectiveFrom);

    public ProcedureVersion Latest => Versions.MaxBy(v => v.Version)
        ?? throw new InvalidOperationException($"Procedure {Code} has no version.");
}
