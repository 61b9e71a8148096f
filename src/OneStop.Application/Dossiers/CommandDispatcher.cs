using OneStop.Application.Common;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Dossiers;

/// <summary>
/// Sends the engine's commands where they go: everything for a department to that department's assignment
/// queue, everything for the applicant to the notification queue. The message id is the command id, so a
/// command dispatched twice (a crash before the outbox was marked) reaches its receiver as a duplicate it drops.
/// What the national portal must learn goes to the portal's outbox, which reports it in order.
/// </summary>
public sealed class CommandDispatcher(IMessageSender queue, IPortalReportQueue portal, TimeProvider time)
{
    public Task DispatchAsync(Command command, CancellationToken cancellationToken = default)
    {
        if (command is ReportToPortal report)
        {
            return portal.EnqueueAsync(report, cancellationToken);
        }
        var destination = command switch
        {
            AssignToDepartment c => QueueNames.Assignments(c.Department),
            CancelAssignment c => QueueNames.Assignments(c.Department),
            RemindDepartment c => QueueNames.Assignments(c.Department),
            NotifyDepartment c => QueueNames.Assignments(c.Department),
            _ => QueueNames.Notifications,
        };
        return queue.SendAsync(destination, MessageEnvelope.Create<Command>(WireNames.Command(command), command.Id, command.DossierId, command, time.GetUtcNow()), cancellationToken);
    }
}
