using OneStop.Application.Reports;
using OneStop.Domain.Reporting;

namespace OneStop.Api.Handlers;

/// <summary>An indicator of the scorecard and its rule: the most points, the share of full marks, where both come from.</summary>
public sealed record IndicatorView(string Id, ScoreGroup Group, string GroupName, string Name, bool HasData, double? MaxPoints, double FullMarksAt, string Source);

/// <summary>A figure of a line: the share (or, for the average time, working days), its counts, its points.</summary>
public sealed record ScoreView(string Indicator, double? Value, int Numerator, int Denominator, double? Points);

/// <summary>A line: the province's (key ""), a department's, a procedure's or an intake point's.</summary>
public sealed record ScorecardLineView(string Key, string Name, double Points, IReadOnlyList<ScoreView> Scores);

/// <summary>The scorecard, with how many aggregate records it was read from.</summary>
public sealed record ScorecardView(IReadOnlyList<IndicatorView> Indicators, IReadOnlyList<ScorecardLineView> Lines, double ScoredMaxPoints, int RecordsRead)
{
    public static ScorecardView Of(ScorecardAnswer answer) => new(
        [.. answer.Indicators.Select(i => new IndicatorView(i.Id, i.Group, GroupName(i.Group), i.Name, i.HasData, i.MaxPoints, i.FullMarksAt, i.Source))],
        [.. answer.Lines.Select(l => new ScorecardLineView(l.Key, l.Name, Math.Round(l.Points, 2),
            [.. l.Scores.Select(s => new ScoreView(s.Id, s.Value, s.Numerator, s.Denominator, s.Points))]))],
        answer.Indicators.Where(i => i.HasData).Sum(i => i.MaxPoints ?? 0),
        answer.RecordsRead);

    public static string GroupName(ScoreGroup group) => group switch
    {
        ScoreGroup.Transparency => "Công khai, minh bạch",
        ScoreGroup.Progress => "Tiến độ, kết quả giải quyết",
        ScoreGroup.Digitisation => "Số hóa hồ sơ",
        ScoreGroup.OnlineService => "Cung cấp dịch vụ trực tuyến",
        _ => "Mức độ hài lòng",
    };
}

/// <summary>A dossier behind a figure: no personal data, only where and when it was received, how it ended, and whether it meets the indicator.</summary>
public sealed record ScoreDossierView(
    string Code, string ProcedureName, string IntakePointName, DateTimeOffset ReceivedAt, DateTimeOffset Appointment, ScoreEnd End, DateTimeOffset? EndedAt, bool Meets)
{
    public static ScoreDossierView Of(ScoreDossier d) =>
        new(d.Entry.Code, d.Entry.ProcedureName, d.Entry.IntakePointName, d.Entry.ReceivedAt, d.Entry.Appointment, d.Entry.End, d.Entry.EndedAt, d.Meets);
}

/// <summary>How many dossiers a rebuild recorded again.</summary>
public sealed record ScorecardRebuildView(int Recorded);
