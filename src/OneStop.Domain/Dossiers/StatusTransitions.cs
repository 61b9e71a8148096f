namespace OneStop.Domain.Dossiers;

/// <summary>The moves between statuses that the one-stop process allows.</summary>
public static class StatusTransitions
{
    private static readonly Dictionary<DossierStatus, DossierStatus[]> Allowed = new()
    {
        [DossierStatus.Registered] = [DossierStatus.Received, DossierStatus.NotReceived, DossierStatus.SupplementRequested, DossierStatus.WithdrawalRequested],
        // Received is the moment of reception; the transfer to the first department follows at once.
        [DossierStatus.Received] = [DossierStatus.Processing],
        [DossierStatus.Processing] = [DossierStatus.SupplementRequested, DossierStatus.FeesRequested, DossierStatus.Processed, DossierStatus.WithdrawalRequested, DossierStatus.Stopped],
        // A supplement asked at reception goes back to reception (1); one asked by a department resumes processing (4).
        [DossierStatus.SupplementRequested] = [DossierStatus.Registered, DossierStatus.Processing, DossierStatus.WithdrawalRequested, DossierStatus.Stopped],
        [DossierStatus.FeesRequested] = [DossierStatus.Processing, DossierStatus.WithdrawalRequested, DossierStatus.Stopped],
        [DossierStatus.WithdrawalRequested] = [DossierStatus.Stopped],
        [DossierStatus.Processed] = [DossierStatus.Returned],
    };

    public static bool IsAllowed(DossierStatus from, DossierStatus to) =>
        Allowed.TryGetValue(from, out var targets) && targets.Contains(to);
}
