using System.Security.Cryptography;
using System.Text;

namespace OneStop.Application.Workflow;

/// <summary>
/// A signal that no turn could apply, after every retry: kept, with the reason, where an operator lists it and
/// replays it once the cause is mended (nothing accepted is dropped). Its id is derived from the dossier and the
/// signal, so keeping it twice (a retried activity) keeps it once.
/// </summary>
public sealed record ParkedSignal(string Id, string DossierId, DossierSignal Signal, string Reason, DateTimeOffset ParkedAt)
{
    public static ParkedSignal Of(string dossierId, DossierSignal signal, string reason, DateTimeOffset at)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes($"{dossierId}\n{signal.Department}\n{signal.Decision}"));
        return new ParkedSignal(Convert.ToHexStringLower(digest)[..32], dossierId, signal, reason, at);
    }
}
