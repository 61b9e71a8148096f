using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Common;

/// <summary>A request's input is not acceptable: every problem, each naming its field. Nothing was changed.</summary>
public sealed class InputRejectedException(IReadOnlyList<ValidationError> errors)
    : Exception(string.Join(" ", errors.Select(e => $"{e.Field}: {e.Message}")))
{
    public IReadOnlyList<ValidationError> Errors { get; } = errors;
}

/// <summary>The engine refused the signal (wrong status, not the caller's step, ...). Nothing was changed.</summary>
public sealed class SignalRefusedException(Refusal refusal) : Exception(refusal.Message)
{
    public Refusal Refusal { get; } = refusal;
}

/// <summary>No dossier with that code, or none the caller may see (the two are not told apart).</summary>
public sealed class DossierNotFoundException(string code) : Exception($"Không tìm thấy hồ sơ {code}.");

/// <summary>The request conflicts with another one (the same Idempotency-Key in flight or reused).</summary>
public sealed class RequestConflictException(string message) : Exception(message);

/// <summary>
/// The caller may not see or do this: a dossier outside their place of work, another department's work list. The
/// refusal is recorded before it is answered. Nothing was changed.
/// </summary>
public sealed class AccessDeniedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
