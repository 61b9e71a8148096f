using System.Net.Http.Json;
using OneStop.Api.Handlers;
using OneStop.Api.Routes;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>The daily round at 07:00 reminds a department of the steps due within one working day.</summary>
[Collection(ServerCollection.Name)]
public class ReminderRoundTests(ServerFixture server)
{
    private static readonly DepartmentCode Culture = new("SVHTTDL");

    [Fact]
    public async Task At_seven_on_the_day_a_step_falls_due_its_department_is_reminded()
    {
        var (_, submitted) = await SubmitAsync(server, Content(Form(procedure: "SAMPLE.VH.01"), ("don", "don.pdf", "application/pdf", Pdf()), ("kich-ban", "kich-ban.pdf", "application/pdf", Pdf())));
        var receive = server.Request(HttpMethod.Post, $"/api/dossiers/{submitted!.Code}/reception", Role.ReceptionOfficer);
        receive.Content = JsonContent.Create(new { decision = "receive" });
        var view = (await (await server.Http.SendAsync(receive)).Content.ReadFromJsonAsync<DossierView>(DomainJson.Options))!;
        var due = view.Steps.Single().DueAt!.Value.ToOffset(TimeSpan.FromHours(7));

        server.Clock.SetUtcNow(new DateTimeOffset(due.Year, due.Month, due.Day, 7, 1, 0, TimeSpan.FromHours(7)));

        var reminder = await server.TakeAsync(QueueNames.Assignments(Culture),
            m => m.DossierId == submitted.Code && m.Kind == "remindDepartment" && m.Body.GetProperty("reason").GetString() == "DueSoon");
        Assert.NotNull(reminder);
        Assert.EndsWith($":{due:yyyyMMdd}", reminder.MessageId);
    }
}
