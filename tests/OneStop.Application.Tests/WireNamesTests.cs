using System.Reflection;
using System.Text.Json.Serialization;
using OneStop.Application.Common;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Tests;

/// <summary>
/// Every name that leaves the process, pinned: the API's event names, the queues' message kinds, the actions' names,
/// and the stored discriminators. A renamed class changes none of them; a new type without a name fails here.
/// </summary>
public sealed class WireNamesTests
{
    [Fact]
    public void Every_history_event_has_its_name_in_the_api()
    {
        Assert.Equal(
            ["dossierFiled", "receptionRefused", "dossierReceived", "stepAssigned", "stepDecided", "stepCancelled", "supplementRequested", "supplementProvided", "feesRequested",
             "feesPaid", "stepOverdue", "apologyDue", "appointmentRevised", "resultIssued", "resultReturned", "withdrawalRequested", "processingStopped", "serviceRated"],
            Kinds<DossierEvent>().Select(t => WireNames.Event(Instance<DossierEvent>(t))));
    }

    [Fact]
    public void Every_command_has_its_message_kind_on_the_queues()
    {
        Assert.Equal(
            ["assignToDepartment", "cancelAssignment", "remindDepartment", "notifyDepartment", "notifyApplicant", "issueForm", "reportToPortal"],
            Kinds<Command>().Select(t => WireNames.Command(Instance<Command>(t))));
    }

    [Fact]
    public void Every_signal_has_its_action_name()
    {
        Assert.Equal(
            ["receive", "refuseReception", "requestSupplementAtReception", "departmentDecision", "provideSupplement", "payFees", "declareDelay", "requestWithdrawal",
             "stopProcessing", "returnResult", "rateService", "tick"],
            Kinds<Signal>().Select(t => WireNames.Signal(Instance<Signal>(t))));
    }

    [Fact]
    public void The_stored_discriminators_stay_as_they_were_written()
    {
        Assert.Equal(
            ["filed", "receptionRefused", "received", "stepAssigned", "stepDecided", "stepCancelled", "supplementRequested", "supplementProvided", "feesRequested", "feesPaid",
             "stepOverdue", "apologyDue", "appointmentRevised", "resultIssued", "resultReturned", "withdrawalRequested", "processingStopped", "serviceRated"],
            Discriminators<DossierEvent>());
        Assert.Equal(["assignToDepartment", "cancelAssignment", "remindDepartment", "notifyDepartment", "notifyApplicant", "issueForm", "reportToPortal"], Discriminators<Command>());
        Assert.Equal(
            ["receive", "refuseReception", "requestSupplementAtReception", "departmentDecision", "provideSupplement", "payFees", "declareDelay", "requestWithdrawal",
             "stopProcessing", "returnResult", "rateService", "tick"],
            Discriminators<Signal>());
    }

    [Fact]
    public void The_decision_queues_carry_one_message_kind()
    {
        Assert.Equal("departmentDecision", Workflow.DecisionMessage.Kind);
    }

    /// <summary>The concrete types of a polymorphic base, in the order its attributes list them (every one must be listed).</summary>
    private static List<Type> Kinds<T>()
    {
        var listed = typeof(T).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => a.DerivedType).ToList();
        var all = typeof(T).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(T)) && !t.IsAbstract).ToHashSet();
        Assert.Equal(all.OrderBy(t => t.Name), listed.OrderBy(t => t.Name));
        return listed;
    }

    private static List<string> Discriminators<T>() =>
        [.. typeof(T).GetCustomAttributes<JsonDerivedTypeAttribute>().Select(a => (string)a.TypeDiscriminator!)];

    /// <summary>An instance made without running a constructor: only its type is read.</summary>
    private static T Instance<T>(Type type) => (T)System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
}
