using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Reporting;

/// <summary>The applicants' ratings of one department, procedure or period: how many gave each score from 1 to 5.</summary>
/// <param name="Scores">Five counts: of score 1, 2, 3, 4 and 5.</param>
public sealed record SatisfactionRow(string Key, string Name, IReadOnlyList<int> Scores)
{
    public int Ratings => Scores.Sum();

    /// <summary>The mean score; 0 when nobody rated.</summary>
    public double Average => Ratings == 0 ? 0 : Scores.Select((count, i) => count * (i + 1)).Sum() / (double)Ratings;

    /// <summary>Share of ratings of 4 or 5 (satisfied or very satisfied); 0 when nobody rated.</summary>
    public double SatisfiedShare => Ratings == 0 ? 0 : (Scores[3] + Scores[4]) / (double)Ratings;

    /// <summary>The comments given with the ratings, newest first.</summary>
    public IReadOnlyList<string> Comments { get; init; } = [];
}

/// <summary>The satisfaction report: the rated dossiers, a line per department (a liên thông dossier rates each) or procedure.</summary>
public static class SatisfactionReport
{
    public static IReadOnlyList<SatisfactionRow> Build(IEnumerable<Dossier> dossiers, Func<Dossier, IEnumerable<ReportKey>> keys) =>
        [.. dossiers
            .Where(d => d.Rating is not null)
            .SelectMany(d => keys(d).DistinctBy(k => k.Key).Select(k => (Key: k, Rating: d.Rating!)))
            .GroupBy(x => x.Key.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SatisfactionRow(
                g.Key,
                g.First().Key.Name,
                [.. Enumerable.Range(1, 5).Select(score => g.Count(x => x.Rating.Score == score))])
            {
                Comments = [.. g.Select(x => x.Rating).Where(r => r.Comment is not null).OrderByDescending(r => r.At).Select(r => r.Comment!)],
            })];
}
