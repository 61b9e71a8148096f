using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Functions.Messaging;
using OneStop.Server.Tests;

namespace OneStop.Testing.Durable;

/// <summary>
/// What the people of a center do, through the Functions app as Azure runs it: the applicant and the reception
/// desk over the HTTP triggers, the departments' systems through the decision relay (what a Service Bus trigger
/// does with a message, settled through the settlement port).
/// </summary>
internal sealed class Center(DurableLocalHost host)
{
    public static readonly DepartmentCode Construction = new("SXD");
    public static readonly DepartmentCode Agriculture = new("SNNMT");

    private readonly FunctionsHttp http = new(host);

    public async Task<SubmissionView> SubmitAsync(string procedure = "SAMPLE.XD.01")
    {
        var request = FunctionsHttp.Request("POST", "/api/dossiers", http.Token(Role.Applicant, "citizen-1", "Trần Văn Bình"), FunctionsHttp.PermitSubmission(procedure), Guid.NewGuid().ToString());
        var result = await http.CallAsync(ApiRoutes.SubmitDossier, request, (api, r) => api.SubmitDossier(r, host.Durable));
        return (result as IValueHttpResult<SubmissionView>)?.Value ?? throw new InvalidOperationException($"The submission was refused: {Describe(result)}");
    }

    /// <summary>
    /// A permit filed a minute before and received <paramref name="workingDaysAgo"/> working days before
    /// <paramref name="from"/>, on the activities' clock: its deadlines then fall due seconds after that instant.
    /// </summary>
    public async Task<string> ReceivedBeforeAsync(DateTimeOffset from, int workingDaysAgo)
    {
        var receivedAt = host.Calendar.Add(from, -host.Calendar.WorkingDayLength * workingDaysAgo);
        var filed = await host.Clock.AtAsync(receivedAt.AddMinutes(-1), () => SubmitAsync());
        await host.Clock.AtAsync(receivedAt, async () =>
        {
            await ReceiveAsync(filed.Code);
            return filed;
        });
        return filed.Code;
    }

    public Task<IResult> ReceptionAsync(string code, object decision) =>
        http.CallAsync(
            ApiRoutes.DecideReception,
            FunctionsHttp.Request("POST", $"/api/dossiers/{code}/reception", http.Token(Role.ReceptionOfficer, "officer-1", "Nguyễn Thị Lan"), FunctionsHttp.Json(decision)),
            (api, r) => api.DecideReception(r, code, host.Durable));

    public async Task ReceiveAsync(string code) => AssertOk(await ReceptionAsync(code, new { decision = "receive" }));

    public async Task ReturnAsync(string code) => AssertOk(await http.CallAsync(
        ApiRoutes.ReturnResult,
        FunctionsHttp.Request("POST", $"/api/dossiers/{code}/return", http.Token(Role.ReceptionOfficer, "officer-1", "Nguyễn Thị Lan"), FunctionsHttp.Json(new { method = "Counter" })),
        (api, r) => api.ReturnResult(r, code, host.Durable)));

    public async Task WithdrawAsync(string code) => AssertOk(await http.CallAsync(
        ApiRoutes.Withdraw,
        FunctionsHttp.Request("POST", $"/api/dossiers/{code}/withdrawal", http.Token(Role.Applicant, "citizen-1", "Trần Văn Bình"), FunctionsHttp.Json(new { reason = "Tôi không còn nhu cầu" })),
        (api, r) => api.Withdraw(r, code, host.Durable)));

    public async Task SupplementAsync(string code) => AssertOk(await http.CallAsync(
        ApiRoutes.ProvideSupplement,
        FunctionsHttp.Request("POST", $"/api/dossiers/{code}/supplements", http.Token(Role.Applicant, "citizen-1", "Trần Văn Bình"), SupplementPapers()),
        (api, r) => api.ProvideSupplement(r, code, host.Durable)));

    /// <summary>An officer's decision in the workspace, through the Functions app's HTTP trigger (the inbox and the Durable event).</summary>
    public Task<IResult> DecideOverHttpAsync(string code, DepartmentCode department, int step, string key, string decision = "Approve") =>
        http.CallAsync(
            ApiRoutes.DecideStep,
            FunctionsHttp.Request("POST", $"/api/dossiers/{code}/decisions", http.Token(Role.DepartmentOfficer, $"cv-{department}", $"Chuyên viên {department}", department.Value),
                FunctionsHttp.Json(new { step, decision, note = "Đồng ý" }), key),
            (api, r) => api.DecideStep(r, code, host.Durable));

    /// <summary>A department's decision as its system posts it, relayed as the Service Bus trigger relays it.</summary>
    public async Task<RecordingSettlement> DecideAsync(
        string code, DepartmentCode department, int step, DecisionKind kind = DecisionKind.Approve, IReadOnlyList<string>? missing = null, DepartmentCode? queue = null)
    {
        var message = Departments.Decision(code, department, step, kind, missing: missing);
        var settlement = new RecordingSettlement();
        await host.Services.GetRequiredService<DecisionDelivery>().DeliverAsync(
            queue ?? department, JsonSerializer.Serialize(message, DomainJson.Options), settlement, host.Durable, CancellationToken.None);
        return settlement;
    }

    public async Task<OrchestrationMetadata> OrchestrationWhenAsync(string code, Func<OrchestrationMetadata, bool> condition, int seconds = 30) =>
        await DurableLocalHost.EventuallyAsync(
            async () => await host.Durable.GetInstanceAsync(code, getInputsAndOutputs: true) is { } instance && condition(instance) ? instance : null,
            seconds,
            $"orchestration {code}");

    private static MultipartFormDataContent SupplementPapers()
    {
        var part = new ByteArrayContent(OneStop.Samples.SamplePdf.Of(2_000));
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { part, "ban-ve", "ban-ve-bo-sung.pdf" } };
    }

    private static void AssertOk(IResult result)
    {
        if (result is not IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
        {
            throw new InvalidOperationException($"The request was refused: {Describe(result)}");
        }
    }

    private static string Describe(IResult result) => result is ProblemHttpResult problem
        ? $"{problem.StatusCode} {problem.ProblemDetails.Type}: {problem.ProblemDetails.Detail}"
        : result.GetType().Name;
}
