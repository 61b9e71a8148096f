using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Centers;

/// <summary>The receiving agency: its electronic code (the first part of every dossier code) and its intake points.</summary>
public sealed record CenterSettings(AgencyCode Agency, IReadOnlyList<IntakePoint> IntakePoints)
{
    public FormSettings Forms { get; init; } = new();

    public IntakePoint? IntakePoint(string code) => IntakePoints.FirstOrDefault(p => p.Code == code);
}
