namespace OneStop.Domain.Reporting;

/// <summary>One indicator's figure on a line: the share (or the average), what it is counted from, and the points it earns.</summary>
/// <param name="Value">The share (0 to 1) or, for the average time, working days; null when nothing was counted or OneStop has no data.</param>
public sealed record IndicatorScore(string Id, double? Value, int Numerator, int Denominator, double? Points);

/// <summary>A line of the scorecard: the whole province, a department, a procedure or an intake point.</summary>
public sealed record ScorecardLine(string Key, string Name, IReadOnlyList<IndicatorScore> Scores)
{
    public const string Province = "";

    /// <summary>The points of the indicators scored, out of the most they could give.</summary>
    public double Points => Scores.Sum(s => s.Points ?? 0);
}

/// <summary>The lines a scorecard is read by, beside the province's.</summary>
public enum ScoreLines
{
    Department,
    Procedure,
    IntakePoint,
}

/// <summary>How one entry stands in a period, as the national dashboard judges it.</summary>
/// <param name="Counted">Received before the period's end and not ended before its start ("đã và đang xử lý trong kỳ").</param>
/// <param name="OnTime">Counted, and its end (the result, the withdrawal or stop, the supplement request it still waits on, or the period's end while open) no later than its appointment; never after a step asked twice for a supplement.</param>
public readonly record struct ScoreJudgement(bool Counted, bool OnTime, bool ReceivedInPeriod, bool FinishedInPeriod);

/// <summary>
/// The Decision 766 scorecard of a period from the dossiers' <see cref="ScoreEntry"/>s, computed as the national
/// dashboard describes it (docs/on-time-rules.md, "The Decision 766 scorecard"). Entries stream through tallies, one
/// per line, so a year of a province is read without holding it.
/// </summary>
public sealed class Scorecard(ScorecardRules rules, ReportPeriod period, DateTimeOffset now)
{
    private readonly DateTimeOffset judgedAt = period.JudgedAt(now);
    private readonly Dictionary<(ScoreLines, string), Tally> tallies = [];
    private readonly Tally province = new(ScorecardLine.Province, "Toàn tỉnh");

    public ScoreJudgement Judge(ScoreEntry entry)
    {
        bool counted = entry.ReceivedAt < period.To && (entry.EndedAt is not { } ended || ended >= period.From);
        if (!counted)
        {
            return default;
        }
        var end = entry.EndedAt is { } at && at <= judgedAt ? at
            : entry.WaitAt(judgedAt) is { ForSupplement: true } wait ? wait.Since
            : judgedAt;
        bool receivedInPeriod = entry.ReceivedAt >= period.From;
        bool finished = entry.End == ScoreEnd.Result && entry.EndedAt is { } result && result >= period.From && result < period.To;
        bool askedTwice = entry.AskedTwiceAt <= judgedAt;
        return new ScoreJudgement(true, !askedTwice && end <= entry.AppointmentAt(judgedAt), receivedInPeriod, finished);
    }

    /// <summary>Counts one entry on the province's line and on each line it belongs to.</summary>
    public void Add(ScoreEntry entry)
    {
        var judgement = Judge(entry);
        if (!judgement.Counted)
        {
            return;
        }
        province.Add(entry, judgement, rules);
        TallyOf(ScoreLines.Procedure, entry.Procedure, entry.ProcedureName).Add(entry, judgement, rules);
        TallyOf(ScoreLines.IntakePoint, entry.IntakePoint, entry.IntakePointName).Add(entry, judgement, rules);
        foreach (var department in entry.Departments)
        {
            TallyOf(ScoreLines.Department, department, department).Add(entry, judgement, rules);
        }
    }

    /// <summary>The province's line first, then one line per key of the grouping, by key; <paramref name="nameOf"/> may name a key better than its entries do.</summary>
    public IReadOnlyList<ScorecardLine> Lines(ScoreLines by, Func<string, string?>? nameOf = null) =>
        [province.Line(rules), .. tallies.Where(t => t.Key.Item1 == by).OrderBy(t => t.Key.Item2, StringComparer.Ordinal)
            .Select(t => t.Value.Line(rules, nameOf))];

    /// <summary>Whether an entry counts for an indicator's figure, and whether it meets it (the dossiers behind a figure).</summary>
    public (bool Counts, bool Meets) Behind(ScoreEntry entry, string indicator)
    {
        var j = Judge(entry);
        return indicator switch
        {
            ScorecardRules.OnTime => (j.Counted, j.OnTime),
            ScorecardRules.SatisfiedWithHandling => (j.Counted, j.OnTime && !Dissatisfied(entry, rules)),
            ScorecardRules.AverageDays => (j.FinishedInPeriod && j.ReceivedInPeriod, true),
            ScorecardRules.PapersAsFiles => (j.ReceivedInPeriod, entry.PapersAsFiles),
            ScorecardRules.FiledOnline => (j.ReceivedInPeriod, entry.FiledOnline),
            ScorecardRules.FullyOnline => (j.ReceivedInPeriod, entry.ResultReturnedOnline),
            _ => (false, false),
        };
    }

    private static bool Dissatisfied(ScoreEntry entry, ScorecardRules rules) => entry.Rating is { } score && score <= rules.DissatisfiedAtOrBelow;

    private Tally TallyOf(ScoreLines by, string key, string name)
    {
        if (!tallies.TryGetValue((by, key), out var tally))
        {
            tallies[(by, key)] = tally = new Tally(key, name);
        }
        return tally;
    }

    /// <summary>The counts of one line.</summary>
    private sealed class Tally(string key, string name)
    {
        private int counted, onTime, dissatisfied, received, papersAsFiles, filedOnline, fullyOnline, finished;
        private double daysUsed;

        public void Add(ScoreEntry entry, ScoreJudgement judgement, ScorecardRules rules)
        {
            counted++;
            onTime += judgement.OnTime ? 1 : 0;
            // A late dossier is already out of the satisfied share: a dissatisfied rating only takes out the others.
            dissatisfied += judgement.OnTime && Dissatisfied(entry, rules) ? 1 : 0;
            if (judgement.ReceivedInPeriod)
            {
                received++;
                papersAsFiles += entry.PapersAsFiles ? 1 : 0;
                filedOnline += entry.FiledOnline ? 1 : 0;
                fullyOnline += entry.ResultReturnedOnline ? 1 : 0;
                if (judgement.FinishedInPeriod && entry.WorkingDaysUsed is { } days)
                {
                    finished++;
                    daysUsed += days;
                }
            }
        }

        public ScorecardLine Line(ScorecardRules rules, Func<string, string?>? nameOf = null) =>
            new(key, nameOf?.Invoke(key) ?? name, [.. rules.Indicators.Select(i => Score(i))]);

        private IndicatorScore Score(ScoreIndicator indicator)
        {
            if (!indicator.HasData)
            {
                return new(indicator.Id, null, 0, 0, null);
            }
            var (numerator, denominator) = indicator.Id switch
            {
                ScorecardRules.OnTime => (onTime, counted),
                ScorecardRules.SatisfiedWithHandling => (onTime - dissatisfied, counted),
                ScorecardRules.PapersAsFiles => (papersAsFiles, received),
                ScorecardRules.FiledOnline => (filedOnline, received),
                ScorecardRules.FullyOnline => (fullyOnline, received),
                ScorecardRules.AverageDays => (finished, finished),
                _ => (0, 0),
            };
            if (indicator.Id == ScorecardRules.AverageDays)
            {
                return new(indicator.Id, finished == 0 ? null : Math.Round(daysUsed / finished, 1), finished, finished, null);
            }
            double? share = denominator == 0 ? null : (double)numerator / denominator;
            return new(indicator.Id, share, numerator, denominator, indicator.PointsFor(share));
        }
    }
}
