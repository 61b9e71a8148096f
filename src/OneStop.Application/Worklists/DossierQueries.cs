using OneStop.Application.Access;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Application.Portal;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Text;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Worklists;

/// <summary>
/// The worklists over many dossiers, for both hosts: the reception inbox and search, a department's work, the
/// center's deadline list, a counter's day. Who sees what is the <see cref="AccessPolicy"/>'s: its scope is added to
/// what was asked. Every urgency comes from the Domain's <see cref="Attention"/>.
/// </summary>
public sealed class DossierQueries(IDossierStore store, IPortalStore portal, DossierEngine engine, AccessPolicy access, TimeProvider time)
{
    private static readonly DossierStatus[] UnderWay = [DossierStatus.Processing, DossierStatus.SupplementRequested, DossierStatus.FeesRequested];

    /// <exception cref="InputRejectedException">The query cannot be run (its page size, its continuation token).</exception>
    public async Task<FoundDossiers> SearchAsync(InboxQuery query, Actor caller, CancellationToken cancellationToken = default)
    {
        if (query.PageSize is < 1 or > InboxQuery.MaxPageSize)
        {
            throw new InputRejectedException([new("pageSize", $"Số hồ sơ mỗi trang từ 1 đến {InboxQuery.MaxPageSize}.")]);
        }
        var scope = access.ScopeOf(caller);
        if (scope.None)
        {
            return new FoundDossiers([], null);
        }
        var filter = query.Filter;
        if (scope.ApplicantAccount is { } account)
        {
            // An applicant's list is the dossiers they filed under their own account, and nothing else.
            filter = new DossierFilter { Statuses = filter.Statuses, ApplicantAccount = account };
            query = query with { Text = null };
        }
        filter = filter with { AtPoint = scope.IntakePoint, Department = scope.Department ?? filter.Department };
        if (query.Text?.Trim() is { Length: > 0 } text)
        {
            // An applicant who filed on the national portal knows the dossier by the portal's code.
            if (!DossierCode.TryParse(text, out _) && await portal.FindReceivedAsync(text, cancellationToken) is { } received)
            {
                text = received;
            }
            if (DossierCode.TryParse(text, out var code))
            {
                var found = await store.FindAsync(code, cancellationToken);
                return new FoundDossiers(found is not null && filter.Matches(found.Dossier) && scope.Contains(found.Dossier) ? [found.Dossier] : [], null);
            }
            filter = ApplicantSearch.KeyOf(text) is { } key
                ? filter with { ApplicantKey = key }
                : filter with { NameWords = SearchText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries) };
        }
        DossierPage page;
        try
        {
            page = await store.SearchAsync(filter, query.PageSize, query.Continuation, cancellationToken);
        }
        catch (ArgumentException)
        {
            throw new InputRejectedException([new("continuation", "Mã trang tiếp theo không hợp lệ; hãy tìm lại từ trang đầu.")]);
        }
        // The store selects by the process's departments; a department sees a dossier once a step is assigned to it.
        return new FoundDossiers([.. page.Dossiers.Select(s => s.Dossier).Where(scope.Contains)], page.Continuation);
    }

    /// <summary>A department's steps under way, soonest due first, each with its urgency and the working time it has left.</summary>
    /// <exception cref="AccessDeniedException">A department officer asking for another department's list.</exception>
    public async Task<IReadOnlyList<WorkItem>> WorkAsync(DepartmentCode department, Actor caller, CancellationToken cancellationToken = default)
    {
        access.DemandWorkList(department, caller);
        var now = time.GetUtcNow();
        var items = new List<WorkItem>();
        foreach (var status in UnderWay)
        {
            await foreach (var stored in store.InStatusAsync(status, department, cancellationToken))
            {
                items.AddRange(Attention.Of(stored.Dossier, now, engine.Calendar).Steps
                    .Where(s => s.Step.Department == department)
                    .Select(s => Item(stored.Dossier, s, now)));
            }
        }
        return [.. items.OrderBy(i => i.Step.Step.DueAt ?? DateTimeOffset.MaxValue)];
    }

    /// <summary>The center's deadline list: what is overdue, what falls due within one working day, who owes an apology.</summary>
    public async Task<CenterDeadlines> DeadlinesAsync(Actor caller, CancellationToken cancellationToken = default)
    {
        var scope = access.ScopeOf(caller);
        var now = time.GetUtcNow();
        var overdue = new List<WorkItem>();
        var dueSoon = new List<WorkItem>();
        var oweApology = new List<Dossier>();
        await foreach (var stored in store.NeedingAttentionAsync(Attention.DueSoonHorizon(now, engine.Calendar), cancellationToken))
        {
            if (!scope.Contains(stored.Dossier))
            {
                continue;
            }
            var attention = Attention.Of(stored.Dossier, now, engine.Calendar);
            foreach (var step in attention.Steps)
            {
                (step.Urgency switch { Urgency.Overdue => overdue, Urgency.DueSoon => dueSoon, _ => null })?.Add(Item(stored.Dossier, step, now));
            }
            if (attention.OwesApology)
            {
                oweApology.Add(stored.Dossier);
            }
        }
        return new CenterDeadlines([.. overdue.OrderBy(i => i.Step.Step.DueAt)], [.. dueSoon.OrderBy(i => i.Step.Step.DueAt)], oweApology);
    }

    /// <summary>
    /// A counter's day (today, in Vietnam): the dossiers received at the intake point, and the results handed back there.
    /// The store counts them; no dossier is read.
    /// </summary>
    public async Task<CounterDay> CounterDayAsync(string intakePoint, CancellationToken cancellationToken = default)
    {
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        var offset = engine.Calendar.Settings.UtcOffset;
        var from = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), offset);
        var to = from.AddDays(1);
        var received = await store.CountAsync(new DossierFilter { IntakePoint = intakePoint, ReceivedFrom = from, ReceivedTo = to }, cancellationToken);
        var returned = await store.CountAsync(new DossierFilter { IntakePoint = intakePoint, ReturnedFrom = from, ReturnedTo = to }, cancellationToken);
        return new CounterDay(intakePoint, today, received, returned);
    }

    private WorkItem Item(Dossier dossier, StepAttention step, DateTimeOffset now) =>
        new(dossier, step, step.Step.WorkingTimeLeft(now, engine.Calendar));

}
