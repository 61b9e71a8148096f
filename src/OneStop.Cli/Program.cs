using Azure.Storage.Queues;
using OneStop.Azure.Queues;
using OneStop.Cli;
using OneStop.Domain.Dossiers;

// onestop: a small tool for department officers and demonstrations, on the queues of the local (or a given) storage.
const string Usage = """
    usage:
      onestop decide --dossier CODE --department CODE --step N --decision approve|reject|requestSupplement|requestFees
                     --officer ID [--name NAME] [--note TEXT] [--missing ITEM]... [--fee VND] [--result REFERENCE] [--wait [SECONDS]]
                                                   queue a decision as the department's system does; --wait says what became of it
      onestop assignments [--department CODE]      the department's open steps, due soon and overdue (ONESTOP_TOKEN: an officer's,
                                                   or a leader's with --department)
      onestop poisoned --queue NAME                messages set aside, with the reason
      onestop workflows                            open dossiers nothing relays, and parked signals (administrators)
      onestop restart --dossier CODE               restart a dossier's relay from its document, replay its parked signals
      onestop rebuild-counts                       recompute the Decision 766 scorecard's counts from the dossiers (administrators)
    storage: ONESTOP_STORAGE (a connection string; default UseDevelopmentStorage=true, the local Azurite)
             ONESTOP_QUEUE_PREFIX (the server's OneStop:QueuePrefix, when it has one)
    api:     ONESTOP_API (default http://127.0.0.1:5080), ONESTOP_TOKEN (a bearer token: an officer's for assignments,
             an administrator's for workflows and restart)
    """;

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
var options = Options.Parse(args.Skip(1));
var service = new QueueServiceClient(Environment.GetEnvironmentVariable("ONESTOP_STORAGE") ?? "UseDevelopmentStorage=true", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
var prefix = Environment.GetEnvironmentVariable("ONESTOP_QUEUE_PREFIX") ?? "";
var queue = new StorageMessageQueue(service, StorageQueueSettings.Default with { Prefix = prefix }, TimeProvider.System);
var desk = new OfficerDesk(queue, async name => [.. (await service.GetQueueClient(prefix + name).PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString())], Console.Out);
Console.OutputEncoding = System.Text.Encoding.UTF8;
try
{
    switch (args[0])
    {
        case "decide":
            var decision = Enum.Parse<DecisionKind>(options.Required("--decision"), ignoreCase: true);
            TimeSpan? wait = options.Has("--wait") ? TimeSpan.FromSeconds(int.Parse(options.One("--wait") is { Length: > 0 } seconds ? seconds : "30")) : null;
            return await desk.DecideAsync(new DecisionPoster(queue, TimeProvider.System), new DecisionInput(
                options.Required("--dossier"), options.Required("--department"), int.Parse(options.Required("--step")), decision,
                options.Required("--officer"), options.One("--name"), options.One("--note"), options.All("--missing"),
                long.Parse(options.One("--fee") ?? "0"), options.One("--result")), wait);
        case "assignments":
            return await desk.AssignmentsAsync(Api(), Token("an officer's bearer token"), options.One("--department"));
        case "poisoned":
            return await desk.PoisonedAsync(options.Required("--queue"));
        case "workflows":
            return await Admin().ListAsync();
        case "restart":
            return await Admin().RestartAsync(options.Required("--dossier"));
        case "rebuild-counts":
            return await Admin().RebuildCountsAsync();
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

static WorkflowAdmin Admin() => new(Api(), Token("an administrator's bearer token"), Console.Out);

static HttpClient Api() => new() { BaseAddress = new Uri(Environment.GetEnvironmentVariable("ONESTOP_API") ?? "http://127.0.0.1:5080") };

static string Token(string whose) =>
    Environment.GetEnvironmentVariable("ONESTOP_TOKEN") ?? throw new ArgumentException($"ONESTOP_TOKEN is not set: {whose} is needed.");
