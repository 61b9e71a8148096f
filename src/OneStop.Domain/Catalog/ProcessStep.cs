using OneStop.Domain.Calendar;

namespace OneStop.Domain.Catalog;

/// <summary>
/// One step of a procedure's internal process: one department, or several working in parallel (liên thông),
/// with the working time the step may take. Each department reviews by its own internal levels (specialist,
/// head of division, leader) and answers with one decision for the step.
/// </summary>
public sealed record ProcessStep(string Name, IReadOnlyList<DepartmentCode> Departments, TimeLimit Budget);
