namespace OneStop.Domain.Reporting;

/// <summary>The five groups of Decision 766/QĐ-TTg (23/6/2022), each 100 points in all.</summary>
public enum ScoreGroup
{
    /// <summary>Công khai, minh bạch.</summary>
    Transparency,

    /// <summary>Tiến độ, kết quả giải quyết.</summary>
    Progress,

    /// <summary>Số hóa hồ sơ.</summary>
    Digitisation,

    /// <summary>Cung cấp dịch vụ trực tuyến.</summary>
    OnlineService,

    /// <summary>Mức độ hài lòng.</summary>
    Satisfaction,
}

/// <summary>
/// One indicator of the scorecard: its name in the dashboard's words, its group, the most points it gives and the
/// share from which it gives them all (below it, in proportion), and where both come from. An indicator OneStop has
/// no data for is listed as such (<see cref="HasData"/> false) and never scored as 0.
/// </summary>
/// <param name="Id">Its name in the API (pinned: it travels).</param>
/// <param name="MaxPoints">The points at full marks, or null where no source gives them for this indicator.</param>
/// <param name="FullMarksAt">The share that earns all the points (1 when no source gives a threshold).</param>
public sealed record ScoreIndicator(string Id, ScoreGroup Group, string Name, bool HasData, double? MaxPoints, double FullMarksAt, string Source)
{
    /// <summary>The points a share earns: all of them from <see cref="FullMarksAt"/>, in proportion below it.</summary>
    public double? PointsFor(double? share) =>
        MaxPoints is { } max && share is { } value ? Math.Round(max * Math.Min(1, value / FullMarksAt), 2) : null;
}

/// <summary>
/// The indicators and their rules as data. The defaults are the national dashboard's practice as an unofficial
/// description of it states it (docs/on-time-rules.md, "The Decision 766 scorecard"), since the official wording of
/// Decision 766's formulas was not found; a province corrects them in its configuration.
/// </summary>
public sealed record ScorecardRules(IReadOnlyList<ScoreIndicator> Indicators, int DissatisfiedAtOrBelow)
{
    public const string OnTime = "onTime";
    public const string AverageDays = "averageDays";
    public const string PapersAsFiles = "papersAsFiles";
    public const string ResultsAsFiles = "resultsAsFiles";
    public const string Reuse = "reuse";
    public const string FiledOnline = "filedOnline";
    public const string FullyOnline = "fullyOnline";
    public const string OnlinePayment = "onlinePayment";
    public const string Published = "published";
    public const string SatisfiedWithHandling = "satisfiedWithHandling";
    public const string FeedbackOnTime = "feedbackOnTime";
    public const string SatisfiedWithFeedback = "satisfiedWithFeedback";

    private const string Dashboard = "Mô tả công thức tính chỉ số 766 của Cổng Dịch vụ công quốc gia (bản chép trong một kho mã công khai, không chính thức)";

    public static ScorecardRules Default { get; } = new(
    [
        new(Published, ScoreGroup.Transparency, "Công khai, minh bạch: công bố, cập nhật thủ tục hành chính đúng hạn", false, 18, 1,
            "QĐ 766/QĐ-TTg, nhóm Công khai, minh bạch (18 điểm); công thức «Tỷ lệ thủ tục hành chính công bố đúng hạn» theo aita.gov.vn. Hệ thống không lưu ngày ban hành quyết định công bố."),
        new(OnTime, ScoreGroup.Progress, "Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn", true, 20, 1,
            "«Đạt tỷ lệ về xử lý hồ sơ đúng hạn thì được tối đa 20 điểm» (baocaotaichinh.vn); cách tính theo " + Dashboard + ". Không tìm thấy ngưỡng đạt điểm tối đa: điểm tỷ lệ thuận."),
        new(AverageDays, ScoreGroup.Progress, "Thời gian giải quyết trung bình (ngày làm việc)", true, null, 1,
            "Chỉ số 2.2 theo " + Dashboard + "; không tìm thấy thang điểm."),
        new(PapersAsFiles, ScoreGroup.Digitisation, "Tỷ lệ hồ sơ có thành phần được số hóa (lưu dạng tệp)", true, null, 0.8,
            "Ngưỡng 80% theo " + Dashboard + "; nhóm Số hóa hồ sơ 22 điểm, chưa xác định điểm của riêng chỉ số này."),
        new(ResultsAsFiles, ScoreGroup.Digitisation, "Tỷ lệ kết quả giải quyết được số hóa", false, null, 0.8,
            "Hệ thống ghi số, ký hiệu văn bản kết quả, chưa lưu bản điện tử của kết quả."),
        new(Reuse, ScoreGroup.Digitisation, "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa", false, null, 0.8,
            "Hệ thống chưa có kho dữ liệu giấy tờ đã số hóa của công dân để dùng lại."),
        new(FiledOnline, ScoreGroup.OnlineService, "Tỷ lệ hồ sơ nộp trực tuyến", true, null, 0.5,
            "«Đạt từ 50% trở lên sẽ đạt điểm tối đa» theo " + Dashboard + "; chưa xác định điểm của riêng chỉ số này."),
        new(FullyOnline, ScoreGroup.OnlineService, "Tỷ lệ hồ sơ trực tuyến toàn trình (nộp và nhận kết quả trực tuyến)", true, 12, 0.5,
            "12 điểm và ngưỡng 50% theo " + Dashboard + " (không chính thức)."),
        new(OnlinePayment, ScoreGroup.OnlineService, "Tỷ lệ thanh toán trực tuyến phí, lệ phí", false, 10, 1,
            "2 + 2 + 6 điểm theo " + Dashboard + "; hệ thống ghi nhận việc nộp phí nhưng không biết nộp qua kênh nào."),
        new(SatisfiedWithHandling, ScoreGroup.Satisfaction, "Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính", true, 6, 0.9,
            "«tối đa 6/18 điểm» (baocaotaichinh.vn); = 100% − (tỷ lệ hồ sơ quá hạn + tỷ lệ hồ sơ bị đánh giá không hài lòng), đạt từ 90% được tối đa, theo " + Dashboard + "."),
        new(FeedbackOnTime, ScoreGroup.Satisfaction, "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn", false, 6, 1,
            "QĐ 766 theo lamdong.dcs.vn; phản ánh, kiến nghị không được xử lý trong hệ thống này."),
        new(SatisfiedWithFeedback, ScoreGroup.Satisfaction, "Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị", false, 6, 1,
            "QĐ 766 theo lamdong.dcs.vn; phản ánh, kiến nghị không được xử lý trong hệ thống này."),
    ],
        // A rating of 1 or 2 out of 5 is "không hài lòng": OneStop's own choice, no text found.
        DissatisfiedAtOrBelow: 2);

    public ScoreIndicator Indicator(string id) => Indicators.Single(i => i.Id == id);
}
