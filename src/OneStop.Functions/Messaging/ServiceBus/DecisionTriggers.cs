using Azure.Messaging.ServiceBus;
using Microsoft.DurableTask.Client;
using OneStop.Domain.Catalog;

namespace OneStop.Functions.Messaging.ServiceBus;

/// <summary>
/// One Service Bus trigger per department's decision queue (decide-{department}, sessions by dossier, duplicate
/// detection; see infra/modules/servicebus.bicep). Each department's system may send only to its own queue (RBAC
/// per queue), and the queue a message came from is the department it speaks for. Functions bind queue names at
/// build time, so a department joining the center adds its line here and its code to the Bicep parameters; a test
/// checks that the two lists agree.
/// </summary>
public sealed class DecisionTriggers(DecisionDelivery delivery)
{
    /// <summary>The app settings prefix of the Service Bus connection (identity-based in Azure).</summary>
    public const string Connection = "ServiceBusConnection";

    [Function("DecisionsSXD")]
    public Task Sxd([ServiceBusTrigger("decide-sxd", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("SXD", message, actions, durable, context);

    [Function("DecisionsSNNMT")]
    public Task Snnmt([ServiceBusTrigger("decide-snnmt", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("SNNMT", message, actions, durable, context);

    [Function("DecisionsSTC")]
    public Task Stc([ServiceBusTrigger("decide-stc", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("STC", message, actions, durable, context);

    [Function("DecisionsSCT")]
    public Task Sct([ServiceBusTrigger("decide-sct", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("SCT", message, actions, durable, context);

    [Function("DecisionsSYT")]
    public Task Syt([ServiceBusTrigger("decide-syt", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("SYT", message, actions, durable, context);

    [Function("DecisionsSTP")]
    public Task Stp([ServiceBusTrigger("decide-stp", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("STP", message, actions, durable, context);

    [Function("DecisionsSGDDT")]
    public Task Sgddt([ServiceBusTrigger("decide-sgddt", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("SGDDT", message, actions, durable, context);

    [Function("DecisionsSNV")]
    public Task Snv([ServiceBusTrigger("decide-snv", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("SNV", message, actions, durable, context);

    [Function("DecisionsSVHTTDL")]
    public Task Svhttdl([ServiceBusTrigger("decide-svhttdl", Connection = Connection, IsSessionsEnabled = true, AutoCompleteMessages = false)] ServiceBusReceivedMessage message, ServiceBusMessageActions actions, [DurableClient] DurableTaskClient durable, FunctionContext context) =>
        Relay("SVHTTDL", message, actions, durable, context);

    private Task Relay(string department, ServiceBusReceivedMessage message, ServiceBusMessageActions actions, DurableTaskClient durable, FunctionContext context) =>
        delivery.DeliverAsync(new DepartmentCode(department), message.Body.ToString(), new ServiceBusSettlement(message, actions), durable, context.CancellationToken);
}
