using OneStop.Domain.Dossiers;

namespace OneStop.Application.Worklists;

/// <summary>One step under way at a department, with how urgent it is and the working time it has left.</summary>
public sealed record WorkItem(Dossier Dossier, StepAttention Step, TimeSpan? WorkingTimeLeft);

/// <summary>The center's deadline list: steps overdue, steps due within a working day, and dossiers owing an apology.</summary>
public sealed record CenterDeadlines(IReadOnlyList<WorkItem> Overdue, IReadOnlyList<WorkItem> DueSoon, IReadOnlyList<Dossier> OweApology);

/// <summary>A page of dossiers found, and the token of the next page (null on the last).</summary>
public sealed record FoundDossiers(IReadOnlyList<Dossier> Dossiers, string? Continuation);

/// <summary>A counter's day at an intake point: how many dossiers it received and how many results it handed back.</summary>
public sealed record CounterDay(string IntakePoint, DateOnly Day, int Received, int Returned);
