namespace OneStop.Functions.Messaging;

/// <summary>
/// What a decision trigger may do with the message it was handed: settle it for good, or set it aside with the
/// reason. In Azure this is Service Bus's explicit settlement (<c>ServiceBusSettlement</c>, compiled where the
/// Service Bus extension is); leaving a message unsettled (an exception) lets Service Bus deliver it again.
/// </summary>
public interface IDecisionSettlement
{
    /// <summary>The message did what it came for: its event was raised.</summary>
    Task CompleteAsync(CancellationToken cancellationToken);

    /// <summary>The message can never succeed: out of the queue, into its dead letters, with the reason an operator reads.</summary>
    Task DeadLetterAsync(string reason, string description, CancellationToken cancellationToken);
}
