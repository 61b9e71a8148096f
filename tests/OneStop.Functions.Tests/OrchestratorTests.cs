using System.Text.RegularExpressions;

namespace OneStop.Functions.Tests;

/// <summary>The orchestrator is the shared loop over the Durable context, and keeps Durable's determinism rules.</summary>
public class OrchestratorTests
{
    private static readonly string Orchestrator = FunctionsSource.Files[Path.Combine("Workflow", "DossierOrchestrator.cs")];

    [Fact]
    public void The_orchestrator_runs_the_shared_loop_and_decides_nothing_itself()
    {
        Assert.Contains("DossierLoop.RunAsync(", Orchestrator, StringComparison.Ordinal);
        Assert.Contains("[OrchestrationTrigger] TaskOrchestrationContext context", Orchestrator, StringComparison.Ordinal);
        Assert.DoesNotContain("DossierEngine", Orchestrator, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DateTime.UtcNow")]
    [InlineData("DateTimeOffset.UtcNow")]
    [InlineData("DateTime.Now")]
    [InlineData("Guid.NewGuid")]
    [InlineData("Task.Delay")]
    [InlineData("ConfigureAwait(")]
    [InlineData("TimeProvider")]
    [InlineData("HttpClient")]
    public void The_orchestrator_uses_no_clock_guid_delay_or_IO_of_its_own(string forbidden)
    {
        Assert.DoesNotContain(forbidden, Orchestrator, StringComparison.Ordinal);
    }

    [Fact]
    public void Its_time_waits_and_logs_come_from_the_context()
    {
        Assert.Contains("context.CurrentUtcDateTime", Orchestrator, StringComparison.Ordinal);
        Assert.Contains("context.CreateTimer(", Orchestrator, StringComparison.Ordinal);
        Assert.Contains("context.WaitForExternalEvent<DossierSignal>(DossierLoop.SignalEvent", Orchestrator, StringComparison.Ordinal);
        Assert.Contains("context.CreateReplaySafeLogger(", Orchestrator, StringComparison.Ordinal);
        Assert.Contains("context.ContinueAsNew(next, preserveUnprocessedEvents: false)", Orchestrator, StringComparison.Ordinal);
    }

    [Fact]
    public void The_activity_is_the_shared_turn()
    {
        var activity = FunctionsSource.Files[Path.Combine("Workflow", "AdvanceDossierActivity.cs")];
        Assert.Contains("public const string Name = \"AdvanceDossier\";", activity, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\[ActivityTrigger\] TurnRequest request[^=]*=>\s*turns\.AdvanceAsync\(request"), activity);
    }

    [Fact]
    public void The_orchestration_is_started_before_a_dossier_can_receive_a_department_message()
    {
        var changes = FunctionsSource.Files[Path.Combine("Http", "ApiFunctions.Changes.cs")];
        var reception = changes[changes.IndexOf("DecideReception(", StringComparison.Ordinal)..];
        Assert.True(
            reception.IndexOf("EnsureStartedAsync(", StringComparison.Ordinal) < reception.IndexOf("actions.DecideReceptionAsync(", StringComparison.Ordinal),
            "Reception (which assigns departments) must make sure the orchestration runs first.");
        Assert.Contains("orchestrations.HandOverAsync(", FunctionsSource.Files[Path.Combine("Messaging", "DecisionDelivery.cs")], StringComparison.Ordinal);
        Assert.Contains("await EnsureStartedAsync(durable, signal.DossierId", FunctionsSource.Files[Path.Combine("Workflow", "DossierOrchestrationClient.cs")], StringComparison.Ordinal);
    }
}
