using FsCheck.Xunit;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Workflow;

/// <summary>
/// Random scripts of signals, right and wrong, from every kind of actor at random times. Whatever the script,
/// the engine never throws and the dossier keeps the invariants of the one-stop process.
/// </summary>
public class EngineProperties
{
    private static readonly DepartmentCode[] Everyone = [Construction, Agriculture, Finance, NotYetOnboarded];

    [Property(MaxTest = 1500)]
    public void Invariants_hold_over_any_sequence_of_signals(byte[] script, bool lienThong)
    {
        var dossier = Filed(lienThong ? LienThong : Sequential);
        var now = Monday9;
        var used = TimeSpan.Zero;
        for (int i = 0; i + 2 < script.Length; i += 3)
        {
            now = now.AddMinutes(script[i + 2] * 20);
            var signal = SignalFor(dossier, script[i], script[i + 1], now);
            var result = Engine.Advance(dossier, signal, now);

            AssertUnchangedUnlessApplied(dossier, result);
            AssertHistoryOnlyGrows(dossier, result.Dossier);
            AssertStatusesMoveLegally(dossier, result.Dossier);
            AssertNoClockRunsWhileWaiting(result.Dossier);
            AssertNoStepDecidedTwice(result.Dossier);
            AssertOutboxIdsAreUnique(result.Dossier);
            var usedNow = result.Dossier.Clock?.UsedBy(now, Engine.Calendar) ?? TimeSpan.Zero;
            Assert.True(usedNow >= used, $"time used went back from {used} to {usedNow}");
            used = usedNow;
            if (result.WakeAt is not null)
            {
                Assert.Equal(DossierStatus.Processing, result.Dossier.Status);
            }
            dossier = result.Dossier;
        }
    }

    private static Signal SignalFor(Dossier dossier, byte choice, byte pick, DateTimeOffset now)
    {
        var active = dossier.ActiveSteps.ToList();
        return (choice % 16) switch
        {
            0 => new Receive { Actor = Officer },
            1 => new Receive { Actor = Citizen },
            2 => new RefuseReception(pick % 2 == 0 ? "Không thuộc thẩm quyền" : "") { Actor = Officer },
            3 => new RequestSupplementAtReception(pick % 3 == 0 ? [] : ["Bản sao giấy tờ đất"], "Thiếu") { Actor = Officer },
            4 or 5 or 6 when active.Count > 0 => TargetedDecision(active[pick % active.Count], pick),
            7 => TargetedDecision(new StepProgress(pick % 3, "?", Everyone[pick % Everyone.Length]), pick),
            8 => new ProvideSupplement(pick % 4 == 0 ? [] : [Paper("bang-ve")]) { Actor = pick % 5 == 0 ? Leader : Citizen },
            9 => new PayFees(pick * 100_000L, "BL-" + pick) { Actor = Citizen },
            10 when pick % 3 == 0 => new RequestWithdrawal("Không còn nhu cầu") { Actor = Citizen },
            11 when pick % 3 == 0 => new StopProcessing("Có tranh chấp") { Actor = pick % 2 == 0 ? Leader : OfficerOf(Finance) },
            12 => new DeclareDelay(pick % 13 == 0 ? DateTimeOffset.MaxValue.AddYears(-1) : now.AddDays(pick % 10 - 2), "Cần xác minh") { Actor = OfficerOf(Construction) },
            13 => new ReturnResult(pick % 2 == 0 ? ReturnMethod.Counter : ReturnMethod.Online) { Actor = pick % 3 == 0 ? Actor.System : Officer },
            _ => new Tick(),
        };
    }

    /// <summary>A decision about a step, sometimes by the wrong officer, with a small pool of ids so that some repeat.</summary>
    private static DepartmentDecision TargetedDecision(StepProgress step, byte pick)
    {
        var kind = (DecisionKind)(pick % 4);
        var decision = Decision(step.Department, step.Step, kind, id: $"d{pick % 7}", note: pick % 5 == 0 ? null : "Ý kiến thẩm định");
        return pick % 11 == 0 ? decision with { Actor = OfficerOf(Finance) } : decision;
    }

    private static void AssertUnchangedUnlessApplied(Dossier before, AdvanceResult result)
    {
        if (result.Outcome != AdvanceOutcome.Applied)
        {
            Assert.Same(before, result.Dossier);
            Assert.Empty(result.Commands);
        }
        Assert.Equal(result.Outcome == AdvanceOutcome.Refused, result.Refusal is not null);
    }

    private static void AssertHistoryOnlyGrows(Dossier before, Dossier after)
    {
        Assert.Equal(before.History, after.History.Take(before.History.Length));
        Assert.Equal(Enumerable.Range(1, after.History.Length), after.History.Select(e => e.Sequence));
    }

    private static void AssertStatusesMoveLegally(Dossier before, Dossier after)
    {
        var previous = before.Status;
        foreach (var change in after.History.Skip(before.History.Length))
        {
            Assert.True(change.Status == previous || StatusTransitions.IsAllowed(previous, change.Status),
                $"{previous} → {change.Status} by {change.GetType().Name}");
            previous = change.Status;
        }
        Assert.Equal(previous, after.Status);
    }

    private static void AssertNoClockRunsWhileWaiting(Dossier dossier)
    {
        if (dossier.Status.IsWaitingForApplicant() || dossier.Status.IsFinal() || dossier.Status == DossierStatus.Processed)
        {
            Assert.False(dossier.Clock?.IsRunning ?? false);
            Assert.DoesNotContain(dossier.Steps, s => s.Clock?.IsRunning ?? false);
        }
        if (dossier.Status.IsFinal() || dossier.Status == DossierStatus.Processed)
        {
            Assert.DoesNotContain(dossier.Steps, s => s.State == StepState.Active);
        }
    }

    private static void AssertNoStepDecidedTwice(Dossier dossier) =>
        Assert.All(dossier.History.OfType<StepDecided>().GroupBy(d => (d.Step, d.Department)), g => Assert.Single(g));

    private static void AssertOutboxIdsAreUnique(Dossier dossier) =>
        Assert.Equal(dossier.Outbox.Length, dossier.Outbox.Select(c => c.Id).Distinct().Count());
}
