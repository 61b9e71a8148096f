using System.Text.Json.Serialization;
using OneStop.Domain.Calendar;

namespace OneStop.Domain.Catalog;

/// <summary>
/// A procedure as it is in force from a date: what it asks for, what it costs, how long it may take and how it
/// goes through the departments. Steps run in sequence; a step's departments run in parallel.
/// </summary>
public sealed record ProcedureVersion(
    ProcedureCode Code,
    int Version,
    DateOnly EffectiveFrom,
    string Name,
    IReadOnlyList<DepartmentCode> CompetentDepartments,
    IReadOnlyList<RequiredDocument> Documents,
    IReadOnlyList<Fee> Fees,
    TimeLimit TimeLimit,
    OnlineLevel OnlineLevel,
    IReadOnlyList<ProcessStep> Steps)
{
    /// <summary>
    /// The procedure's code in the national database of administrative procedures (mã TTHC), as the national portal
    /// knows it, when it differs from <see cref="Code"/> (a province's local code); null when the code is the national one.
    /// </summary>
    public string? NationalCode { get; init; }

    /// <summary>Set when the procedure is provided through a centrally built national service: its codes take that format.</summary>
    public CentralService? CentralService { get; init; }

    /// <summary>The code the national portal knows the procedure by (MaTTHC).</summary>
    [JsonIgnore]
    public string PortalCode => NationalCode ?? Code.Value;

    /// <summary>Every department the process passes through.</summary>
    public IEnumerable<DepartmentCode> ProcessDepartments => Steps.SelectMany(s => s.Departments).Distinct();

    /// <summary>What is wrong with this version, in English for the catalog's maintainers; empty when it is sound.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Version < 1)
        {
            problems.Add($"{Code} version {Version}: versions are numbered from 1.");
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            problems.Add($"{Code} v{Version}: the name is empty.");
        }
        if (NationalCode is not null && !NationalProcedureCode.IsValid(NationalCode))
        {
            problems.Add($"{Code} v{Version}: national code '{NationalCode}' is not a code of the national database like 1.009994.");
        }
        if (CentralService is { IsValid: false })
        {
            problems.Add($"{Code} v{Version}: the central service needs its owner and the two digits of its identifier.");
        }
        if (CompetentDepartments.Count == 0)
        {
            problems.Add($"{Code} v{Version}: no competent department.");
        }
        if (!TimeLimit.IsValid)
        {
            problems.Add($"{Code} v{Version}: time limit {TimeLimit.Unit} {TimeLimit.Amount} is not valid.");
        }
        if (Steps.Count == 0)
        {
            problems.Add($"{Code} v{Version}: the internal process has no step.");
        }
        foreach (var step in Steps)
        {
            if (step.Departments.Count == 0 || step.Departments.Distinct().Count() != step.Departments.Count)
            {
                problems.Add($"{Code} v{Version}: step '{step.Name}' needs one or more distinct departments.");
            }
            if (!step.Budget.IsValid)
            {
                problems.Add($"{Code} v{Version}: step '{step.Name}' has an invalid time budget.");
            }
        }
        if (Steps.All(s => s.Budget.IsValid) && TimeLimit.IsValid && BudgetHours(Steps.Select(s => s.Budget)) > BudgetHours([TimeLimit]))
        {
            problems.Add($"{Code} v{Version}: the steps' budgets add up to more than the time limit {TimeLimit}.");
        }
        var duplicateDocument = Documents.GroupBy(d => d.Code).FirstOrDefault(g => g.Count() > 1);
        if (duplicateDocument is not null)
        {
            problems.Add($"{Code} v{Version}: document code '{duplicateDocument.Key}' is used twice.");
        }
        if (Fees.Any(f => f.AmountVnd < 0))
        {
            problems.Add($"{Code} v{Version}: a fee is negative.");
        }
        return problems;
    }

    /// <summary>Working hours in a set of limits, counting a day as 8 hours and "same day" as a full day.</summary>
    private static int BudgetHours(IEnumerable<TimeLimit> limits) =>
        limits.Sum(l => l.Unit switch { TimeLimitUnit.WorkingDays => l.Amount * 8, TimeLimitUnit.WorkingHours => l.Amount, _ => 8 });
}
