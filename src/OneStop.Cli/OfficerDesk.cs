using System.Net.Http.Headers;
using System.Net.Http.Json;
using OneStop.Api.Handlers;
using OneStop.Application.Common;
using OneStop.Azure.Queues;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Cli;

/// <summary>What became of a decision the tool posted.</summary>
public enum DecisionFate
{
    /// <summary>Taken off the queue and not set aside: the dossier applied it (or had applied it before).</summary>
    Applied,

    /// <summary>Set aside on the poison queue, with the reason.</summary>
    Refused,

    /// <summary>Still on the queue when the tool stopped waiting.</summary>
    Waiting,
}

/// <summary>
/// A department officer's day on the command line: the department's open work (from the API, by the same rule the
/// workspace uses), decisions posted as the department's system posts them and, on request, what became of one,
/// and the messages set aside. Text is written as text: Vietnamese letters as they are.
/// </summary>
public sealed class OfficerDesk(StorageMessageQueue queue, Func<string, Task<IReadOnlyList<string>>> peekQueue, TextWriter output)
{
    /// <summary>Lists the open steps of the officer's department (or of <paramref name="department"/>, for a leader's token).</summary>
    public async Task<int> AssignmentsAsync(HttpClient http, string token, string? department, CancellationToken cancellationToken = default)
    {
        var path = department is null ? "/api/my/work" : $"/api/departments/{Uri.EscapeDataString(department)}/worklist";
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadFromJsonAsync<ProblemText>(cancellationToken: cancellationToken);
            output.WriteLine($"refused ({(int)response.StatusCode}): {problem?.Detail ?? problem?.Title}");
            return 1;
        }
        var work = (await response.Content.ReadFromJsonAsync<WorkView>(DomainJson.Options, cancellationToken))!;
        output.WriteLine(work.Items.Count == 0
            ? $"{work.Department}: không có hồ sơ nào đang chờ xử lý"
            : $"{work.Department}: {work.Items.Count} hồ sơ đang xử lý, {work.DueSoon} sắp đến hạn, {work.Overdue} quá hạn");
        foreach (var item in work.Items)
        {
            var due = item.DueAt is { } at ? at.ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : "-";
            output.WriteLine($"  {item.Code}  bước {item.Step}: {item.StepName}  hạn {due}  {Urgency(item.Urgency)}  ({item.StatusName})");
        }
        return 0;
    }

    /// <summary>Posts a decision and says it was queued; with a wait, watches its queue and says what became of it.</summary>
    public async Task<int> DecideAsync(DecisionPoster poster, DecisionInput input, TimeSpan? wait, CancellationToken cancellationToken = default)
    {
        var envelope = await poster.PostAsync(input, cancellationToken);
        var name = QueueNames.Decisions(new DepartmentCode(input.Department));
        output.WriteLine($"queued {envelope.MessageId} on {name}");
        if (wait is not { } limit)
        {
            return 0;
        }
        var (fate, reason) = await WatchAsync(name, envelope.MessageId, limit, cancellationToken);
        output.WriteLine(fate switch
        {
            DecisionFate.Applied => "applied: the dossier took the decision",
            DecisionFate.Refused => $"refused: {reason}",
            _ => $"still queued after {limit.TotalSeconds:0} s: the server's decision worker has not read it yet",
        });
        return fate == DecisionFate.Applied ? 0 : 1;
    }

    /// <summary>Lists the messages set aside on a queue's poison queue, or says there are none.</summary>
    public async Task<int> PoisonedAsync(string name, CancellationToken cancellationToken = default)
    {
        var poisoned = await queue.PeekPoisonAsync(name, cancellationToken);
        if (poisoned.Count == 0)
        {
            output.WriteLine($"no messages set aside on {name}");
        }
        foreach (var message in poisoned)
        {
            output.WriteLine($"{message.PoisonedAt:u} after {message.DeliveryCount} deliveries: {message.Reason}");
        }
        return 0;
    }

    /// <summary>
    /// Watches a posted message: refused as soon as it is on the poison queue; applied once it has been off the queue
    /// (read and deleted) and not set aside for a second, since a message being read is hidden from a peek for as long
    /// as its turn takes.
    /// </summary>
    private async Task<(DecisionFate, string?)> WatchAsync(string name, string messageId, TimeSpan limit, CancellationToken cancellationToken)
    {
        var until = DateTimeOffset.UtcNow + limit;
        int goneFor = 0;
        while (true)
        {
            var set = (await queue.PeekPoisonAsync(name, cancellationToken)).FirstOrDefault(p => MessageEnvelope.Parse(p.Original).Envelope?.MessageId == messageId);
            if (set is not null)
            {
                return (DecisionFate.Refused, set.Reason);
            }
            var waiting = (await peekQueue(name)).Any(text => MessageEnvelope.Parse(text).Envelope?.MessageId == messageId);
            goneFor = waiting ? 0 : goneFor + 1;
            if (goneFor >= 4)
            {
                return (DecisionFate.Applied, null);
            }
            if (DateTimeOffset.UtcNow >= until)
            {
                return (DecisionFate.Waiting, null);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
        }
    }

    private static string Urgency(Urgency urgency) => urgency switch
    {
        Domain.Dossiers.Urgency.Overdue => "QUÁ HẠN",
        Domain.Dossiers.Urgency.DueSoon => "sắp đến hạn",
        _ => "trong hạn",
    };

    private sealed record ProblemText(string? Title, string? Detail);
}
