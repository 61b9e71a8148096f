using OneStop.Functions.Messaging;

namespace OneStop.Functions.Tests.Durable;

/// <summary>The settlement port in memory: what the relay did with the one message it was handed.</summary>
internal sealed class RecordingSettlement : IDecisionSettlement
{
    public bool Completed { get; private set; }

    public (string Reason, string Description)? DeadLettered { get; private set; }

    public Task CompleteAsync(CancellationToken cancellationToken)
    {
        Assert.False(Completed || DeadLettered is not null, "A message is settled once.");
        Completed = true;
        return Task.CompletedTask;
    }

    public Task DeadLetterAsync(string reason, string description, CancellationToken cancellationToken)
    {
        Assert.False(Completed || DeadLettered is not null, "A message is settled once.");
        DeadLettered = (reason, description);
        return Task.CompletedTask;
    }
}
