using OneStop.Functions.Messaging;

namespace OneStop.Testing.Durable;

/// <summary>The settlement port in memory: what the relay did with the one message it was handed.</summary>
internal sealed class RecordingSettlement : IDecisionSettlement
{
    public bool Completed { get; private set; }

    public (string Reason, string Description)? DeadLettered { get; private set; }

    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        EnsureUnsettled();
        Completed = true;
        return Task.CompletedTask;
    }

    public Task DeadLetterAsync(string reason, string description, CancellationToken cancellationToken)
    {
        EnsureUnsettled();
        DeadLettered = (reason, description);
        return Task.CompletedTask;
    }

    private void EnsureUnsettled()
    {
        if (Completed || DeadLettered is not null)
        {
            throw new InvalidOperationException("A message is settled once.");
        }
    }
}
