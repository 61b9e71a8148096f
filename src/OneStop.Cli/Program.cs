using Azure.Storage.Queues;
using OneStop.Application.Messaging;
using OneStop.Azure.Queues;
using OneStop.Cli;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

// onestop: a small tool for department officers and demonstrations, on the queues of the local (or a given) storage.
const string Usage = """
    usage:
      onestop decide --dossier CODE --department CODE --step N --decision approve|reject|requestSupplement|requestFees
                     --officer ID [--name NAME] [--note TEXT] [--missing ITEM]... [--fee VND] [--result REFERENCE]
      onestop assignments --department CODE        what the department was sent (assignments, reminders, cancellations)
      onestop poisoned --queue NAME                messages set aside, with the reason
      onestop workflows                            open dossiers nothing relays, and parked signals (administrators)
      onestop restart --dossier CODE               restart a dossier's relay from its document, replay its parked signals
    storage: ONESTOP_STORAGE (a connection string; default UseDevelopmentStorage=true, the local Azurite)
             ONESTOP_QUEUE_PREFIX (the server's OneStop:QueuePrefix, when it has one)
    api:     ONESTOP_API (default http://127.0.0.1:5080), ONESTOP_TOKEN (an administrator's bearer token)
    """;

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var options = Options.Parse(args.Skip(1));
var service = new QueueServiceClient(Environment.GetEnvironmentVariable("ONESTOP_STORAGE") ?? "UseDevelopmentStorage=true", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
var queue = new StorageMessageQueue(service, StorageQueueSettings.Default with { Prefix = Environment.GetEnvironmentVariable("ONESTOP_QUEUE_PREFIX") ?? "" }, TimeProvider.System);
try
{
    switch (args[0])
    {
        case "decide":
            var decision = Enum.Parse<DecisionKind>(options.Required("--decision"), ignoreCase: true);
            var envelope = await new DecisionPoster(queue, TimeProvider.System).PostAsync(new DecisionInput(
                options.Required("--dossier"), options.Required("--department"), int.Parse(options.Required("--step")), decision,
                options.Required("--officer"), options.One("--name"), options.One("--note"), options.All("--missing"),
                long.Parse(options.One("--fee") ?? "0"), options.One("--result")));
            Console.WriteLine($"posted {envelope.MessageId} on {QueueNames.Decisions(new DepartmentCode(options.Required("--department")))}");
            return 0;
        case "assignments":
            var client = service.GetQueueClient(QueueNames.Assignments(new DepartmentCode(options.Required("--department"))));
            await client.CreateIfNotExistsAsync();
            foreach (var message in (await client.PeekMessagesAsync(32)).Value)
            {
                var (parsed, problem) = MessageEnvelope.Parse(message.Body.ToString());
                Console.WriteLine(parsed is null ? $"unreadable: {problem}" : $"{parsed.SentAt:u} {parsed.Kind,-20} {parsed.DossierId} {parsed.Body}");
            }
            return 0;
        case "poisoned":
            foreach (var poisoned in await queue.PeekPoisonAsync(options.Required("--queue")))
            {
                Console.WriteLine($"{poisoned.PoisonedAt:u} after {poisoned.DeliveryCount} deliveries: {poisoned.Reason}");
            }
            return 0;
        case "workflows":
            return await Admin().ListAsync();
        case "restart":
            return await Admin().RestartAsync(options.Required("--dossier"));
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (HttpRequestException e)
{
    Console.Error.WriteLine($"error: the API did not answer: {e.Message}");
    return 1;
}
catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    Console.Error.WriteLine(Usage);
    return 2;
}

static WorkflowAdmin Admin()
{
    var token = Environment.GetEnvironmentVariable("ONESTOP_TOKEN") ?? throw new ArgumentException("ONESTOP_TOKEN is not set: an administrator's bearer token is needed.");
    var http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("ONESTOP_API") ?? "http://127.0.0.1:5080") };
    return new WorkflowAdmin(http, token, Console.Out);
}
