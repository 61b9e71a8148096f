using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Cli;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>One trace follows a dossier from the HTTP request through the queue to the engine; the meter counts.</summary>
[Collection(ServerCollection.Name)]
public class TelemetryTests(ServerFixture server)
{
    private static readonly DepartmentCode Justice = new("STP");

    [Fact]
    public async Task The_trace_of_a_reception_reaches_the_departments_assignment_message()
    {
        var (_, submitted) = await SubmitAsync(server, Content(Form(procedure: "SAMPLE.TP.01"), ("to-khai", "to-khai.pdf", "application/pdf", Pdf())));
        var traceId = ActivityTraceId.CreateRandom();
        var request = server.Request(HttpMethod.Post, $"/api/dossiers/{submitted!.Code}/reception", Role.ReceptionOfficer);
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        request.Content = JsonContent.Create(new { decision = "receive" });

        await server.Http.SendAsync(request);

        var assignment = await server.TakeAsync(QueueNames.Assignments(Justice), m => m.DossierId == submitted.Code && m.Kind == "assignToDepartment" && m.TraceParent is not null);
        Assert.NotNull(assignment);
        Assert.Equal(traceId.ToString(), ActivityContext.Parse(assignment!.TraceParent!, null).TraceId.ToString());
    }

    [Fact]
    public async Task A_departments_decision_continues_its_senders_trace_in_the_server()
    {
        var (_, submitted) = await SubmitAsync(server, Content(Form(procedure: "SAMPLE.TP.01"), ("to-khai", "to-khai.pdf", "application/pdf", Pdf())));
        var receive = server.Request(HttpMethod.Post, $"/api/dossiers/{submitted!.Code}/reception", Role.ReceptionOfficer);
        receive.Content = JsonContent.Create(new { decision = "receive" });
        await server.Http.SendAsync(receive);
        var seen = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == OneStopTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = seen.Add,
        };
        ActivitySource.AddActivityListener(listener);
        using var source = new ActivitySource("OneStop.Tests.DepartmentSystem");
        using var sender = new ActivityListener { ShouldListenTo = s => s.Name == source.Name, Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded };
        ActivitySource.AddActivityListener(sender);

        ActivityTraceId senderTrace;
        using (var send = source.StartActivity("department decides"))
        {
            senderTrace = send!.TraceId;
            await new DecisionPoster(server.Queues, TimeProvider.System).PostAsync(new DecisionInput(submitted.Code, Justice.Value, 1, DecisionKind.Approve, "stp-1", "Chuyên viên", "Đủ điều kiện"));
        }

        // The consumer's activity ends last (after the message is deleted): wait for it.
        for (int attempt = 0; attempt < 100 && !seen.Any(a => a.DisplayName == $"process {QueueNames.Decisions(Justice)}" && a.TraceId == senderTrace); attempt++)
        {
            await Task.Delay(100);
        }
        Assert.Contains(seen, a => a.DisplayName == $"process {QueueNames.Decisions(Justice)}" && a.TraceId == senderTrace);
        Assert.Contains(seen, a => a.DisplayName == "dossier.apply" && a.TraceId == senderTrace && (string?)a.GetTagItem("onestop.dossier") == submitted.Code);
    }

    [Fact]
    public async Task Submissions_are_counted_by_channel()
    {
        long counted = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OneStopTelemetry.Name && instrument.Name == "onestop.dossiers.submitted")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == "channel" && (string?)t.Value == "Online"))
            {
                Interlocked.Add(ref counted, value);
            }
        });
        listener.Start();

        await SubmitAsync(server, Content(Form(), PermitPapers()));

        Assert.True(Interlocked.Read(ref counted) >= 1);
    }
}
