using Azure.Messaging.ServiceBus;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OneStop.Application.Common;
using OneStop.Azure;
using OneStop.Functions.Hosting;
using OneStop.Functions.Http;
using OneStop.Functions.Messaging;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
// Every HTTP trigger passes the route table's token and role check before its handler runs.
builder.UseMiddleware<ApiGate>();

var settings = builder.Configuration.GetSection("OneStop").Get<FunctionsSettings>() ?? new FunctionsSettings();
var problems = settings.ConfigurationErrors();
if (problems.Count > 0)
{
    throw new InvalidOperationException("OneStop cannot start. " + string.Join(" ", problems));
}
var clients = new AzureClients(settings.Azure);
// The Service Bus connection the triggers use (ServiceBusConnection__fullyQualifiedNamespace) also sends.
var serviceBusNamespace = builder.Configuration["ServiceBusConnection:fullyQualifiedNamespace"]
    ?? throw new InvalidOperationException("ServiceBusConnection__fullyQualifiedNamespace is not set.");

var services = builder.Services;
services.AddOneStopFunctions(settings);
services.AddSingleton(TimeProvider.System);
services.AddSingleton(new ServiceBusClient(serviceBusNamespace, clients.Credential));
services.AddSingleton<IMessageSender, ServiceBusMessageSender>();
services.AddHostedService<CatalogLoader>();

// Traces and metrics of the OneStop source (one trace per dossier action, across Service Bus) to Application
// Insights, authenticated with the app's identity (the workspace refuses local keys).
services.AddOpenTelemetry()
    .WithTracing(tracing => tracing.AddSource(OneStopTelemetry.Name).AddAzureMonitorTraceExporter(o => o.Credential = clients.Credential))
    .WithMetrics(metrics => metrics.AddMeter(OneStopTelemetry.Name).AddAzureMonitorMetricExporter(o => o.Credential = clients.Credential));

builder.Build().Run();
