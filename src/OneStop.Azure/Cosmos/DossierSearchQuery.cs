using System.Text;
using Microsoft.Azure.Cosmos;
using OneStop.Application.Dossiers;

namespace OneStop.Azure.Cosmos;

/// <summary>A <see cref="DossierFilter"/> as a parameterized query over the dossiers' indexed fields: its page of documents, oldest filed first, or its count.</summary>
internal static class DossierSearchQuery
{
    public static QueryDefinition For(DossierFilter filter) => Build("SELECT * FROM c", filter, " ORDER BY c.filedAt");

    public static QueryDefinition Count(DossierFilter filter) => Build("SELECT VALUE COUNT(1) FROM c", filter, "");

    private static QueryDefinition Build(string select, DossierFilter filter, string order)
    {
        var conditions = new List<string>();
        var parameters = new List<(string Name, object Value)>();
        void Add(string condition, string name, object value)
        {
            conditions.Add(condition);
            parameters.Add((name, value));
        }
        if (filter.Statuses.Count > 0)
        {
            Add("ARRAY_CONTAINS(@statuses, c.status)", "@statuses", filter.Statuses.Select(s => (int)s).ToArray());
        }
        if (filter.IntakePoint is { } intakePoint)
        {
            Add("c.intakePoint = @intakePoint", "@intakePoint", intakePoint);
        }
        if (filter.AtPoint is { } atPoint)
        {
            Add("(c.intakePoint = @atPoint OR c.returnPoint = @atPoint)", "@atPoint", atPoint);
        }
        if (filter.Procedure is { } procedure)
        {
            Add("c.procedureCode = @procedure", "@procedure", procedure);
        }
        if (filter.Department is { } department)
        {
            Add("ARRAY_CONTAINS(c.departments, @department)", "@department", department);
        }
        Range("filedAt", filter.FiledFrom, filter.FiledTo);
        Range("receivedAt", filter.ReceivedFrom, filter.ReceivedTo);
        Range("returnedAt", filter.ReturnedFrom, filter.ReturnedTo);
        for (int i = 0; i < filter.NameWords.Count; i++)
        {
            Add($"CONTAINS(c.searchName, @word{i})", $"@word{i}", filter.NameWords[i]);
        }
        if (filter.ApplicantAccount is { } account)
        {
            Add("c.applicantAccount = @applicantAccount", "@applicantAccount", account);
        }
        if (filter.ApplicantKey is { } key)
        {
            Add("ARRAY_CONTAINS(c.applicantKeys, @applicantKey)", "@applicantKey", key);
        }
        var text = new StringBuilder(select);
        if (conditions.Count > 0)
        {
            text.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }
        var query = new QueryDefinition(text.Append(order).ToString());
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }
        return query;

        void Range(string field, DateTimeOffset? from, DateTimeOffset? to)
        {
            if (from is { } f)
            {
                Add($"c.{field} >= @{field}From", $"@{field}From", f.ToUnixTimeMilliseconds());
            }
            if (to is { } t)
            {
                Add($"c.{field} < @{field}To", $"@{field}To", t.ToUnixTimeMilliseconds());
            }
        }
    }
}
