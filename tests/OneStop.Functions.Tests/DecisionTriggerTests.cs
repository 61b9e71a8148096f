using System.Text.Json;
using System.Text.RegularExpressions;
using OneStop.Application.Common;
using OneStop.Domain.Catalog;
using OneStop.Testing;

namespace OneStop.Functions.Tests;

/// <summary>Every department's decision queue that Bicep creates has its trigger, reading for that department only.</summary>
public partial class DecisionTriggerTests
{
    private static readonly string Triggers = FunctionsSource.Files[Path.Combine("Messaging", "ServiceBus", "DecisionTriggers.cs")];

    private static IReadOnlyList<(string Queue, string Department, string Options)> Declared() =>
        [.. DecisionTrigger().Matches(Triggers).Select(m => (m.Groups["queue"].Value, m.Groups["department"].Value, m.Groups["options"].Value))];

    private static IEnumerable<string> Departments(string parameterFile)
    {
        var line = File.ReadLines(Path.Combine(RepositoryRoot.Path, "infra", parameterFile)).Single(l => l.StartsWith("param departments", StringComparison.Ordinal));
        return Quoted().Matches(line).Select(m => m.Groups[1].Value);
    }

    [Theory]
    [InlineData("main.dev.bicepparam")]
    [InlineData("main.prod.bicepparam")]
    public void Each_department_in_the_parameters_has_a_trigger_on_its_decision_queue(string parameterFile)
    {
        var expected = Departments(parameterFile).Select(d => QueueNames.Decisions(new DepartmentCode(d.ToUpperInvariant()))).Order();
        Assert.Equal(expected, Declared().Select(t => t.Queue).Order());
    }

    [Fact]
    public void A_trigger_speaks_for_the_department_whose_queue_it_reads()
    {
        Assert.NotEmpty(Declared());
        Assert.All(Declared(), t => Assert.Equal(QueueNames.Decisions(new DepartmentCode(t.Department)), t.Queue));
    }

    [Fact]
    public void Decisions_are_read_by_dossier_session_and_settled_explicitly()
    {
        Assert.All(Declared(), t =>
        {
            Assert.Contains("IsSessionsEnabled = true", t.Options, StringComparison.Ordinal);
            Assert.Contains("AutoCompleteMessages = false", t.Options, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Every_department_of_the_sample_catalog_can_decide()
    {
        using var catalog = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "samples", "catalog.sample.json")));
        var departments = catalog.RootElement.GetProperty("departments").EnumerateArray().Select(d => d.GetProperty("code").GetString()!);
        Assert.Subset(Declared().Select(t => t.Department).ToHashSet(), departments.ToHashSet());
    }

    [GeneratedRegex("""\[ServiceBusTrigger\("(?<queue>[a-z0-9-]+)",(?<options>[^\]]*)\)\][^;]*Relay\("(?<department>[A-Z0-9]+)",""")]
    private static partial Regex DecisionTrigger();

    [GeneratedRegex("'([a-z0-9]+)'")]
    private static partial Regex Quoted();
}
