using System.Text;
using System.Text.Json;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Application.Workflow;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Benchmarks.Load;

/// <summary>
/// One dossier's life as its clients live it: the applicant submits (a 100 KB scan and a 2 KB page), reception
/// receives, the department decides its two steps as each assignment reaches its queue, and reception returns
/// the result once the applicant is told it is ready.
/// </summary>
internal sealed class Lifecycles(LoadServer server, QueueWatcher assignments, QueueWatcher notifications)
{
    public const string Procedure = "SAMPLE.XD.04";
    private static readonly DepartmentCode Construction = new("SXD");
    private static readonly byte[] Scan = Pdf(100 * 1024);
    private static readonly byte[] Page = Pdf(2 * 1024);

    public static string? AssignmentKey(MessageEnvelope message) =>
        message.Kind == "assignToDepartment" && message.ReadBody<Command>() is AssignToDepartment assignment ? $"{message.DossierId}|{assignment.Step}" : null;

    public static string? ResultReadyKey(MessageEnvelope message) =>
        message.Kind == "notifyApplicant" && message.ReadBody<Command>() is NotifyApplicant { Notice: ApplicantNotice.ResultReady } ? $"{message.DossierId}|ready" : null;

    public async Task LiveAsync(int client)
    {
        var code = await server.SubmitAsync(Procedure, client, new ByteArrayContent(Scan), new ByteArrayContent(Page));
        await SendAsync(server.Request(HttpMethod.Post, $"/api/dossiers/{code}/reception", Role.ReceptionOfficer, "officer-1"), new { decision = "receive" });
        for (int step = 0; step < 2; step++)
        {
            await assignments.WaitAsync($"{code}|{step}");
            var decision = new DepartmentDecision($"{code}-{step}", Construction, step, DecisionKind.Approve, "Đồng ý")
            {
                Actor = Actor.DepartmentOfficer("sxd-01", "Chuyên viên Sở Xây dựng", Construction),
            };
            await server.Queues.SendAsync(QueueNames.Decisions(Construction), MessageEnvelope.Create(DecisionMessage.Kind, decision.DecisionId, code, decision, DateTimeOffset.UtcNow));
        }
        await notifications.WaitAsync($"{code}|ready");
        await SendAsync(server.Request(HttpMethod.Post, $"/api/dossiers/{code}/return", Role.ReceptionOfficer, "officer-1"), new { method = "Counter" });
    }

    private async Task SendAsync(HttpRequestMessage request, object body)
    {
        request.Content = JsonContent(body);
        using var response = await server.Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{request.RequestUri} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static byte[] Pdf(int length) => OneStop.Samples.SamplePdf.Of(length);
}
