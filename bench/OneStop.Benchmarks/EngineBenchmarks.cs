using BenchmarkDotNet.Attributes;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Benchmarks.BenchmarkDossiers;

namespace OneStop.Benchmarks;

/// <summary>The cost of one <see cref="DossierEngine.Advance"/> call, per kind of signal.</summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 8)]
public class EngineBenchmarks
{
    private readonly Dossier filed = Filed();
    private readonly Dossier received = Received();
    private readonly Signal receive = new Receive { Actor = Officer };
    private readonly Signal approve = new DepartmentDecision("d1", Construction, 0, DecisionKind.Approve) { Actor = ConstructionOfficer };
    private readonly Signal supplement = new DepartmentDecision("d2", Construction, 0, DecisionKind.RequestSupplement, "Thiếu", ["Bản vẽ"]) { Actor = ConstructionOfficer };
    private readonly Signal wrongDepartment = new DepartmentDecision("d3", Agriculture, 1, DecisionKind.Approve) { Actor = ConstructionOfficer };
    private readonly Signal tick = new Tick();

    [Benchmark(Baseline = true)]
    public AdvanceResult TickWithNothingDue() => Engine.Advance(received, tick, Monday9.AddHours(1));

    [Benchmark]
    public AdvanceResult Receive() => Engine.Advance(filed, receive, Monday9);

    [Benchmark]
    public AdvanceResult Approve() => Engine.Advance(received, approve, Monday9.AddHours(2));

    [Benchmark]
    public AdvanceResult RequestSupplement() => Engine.Advance(received, supplement, Monday9.AddHours(2));

    [Benchmark]
    public AdvanceResult RefuseWrongDepartment() => Engine.Advance(received, wrongDepartment, Monday9.AddHours(2));
}
