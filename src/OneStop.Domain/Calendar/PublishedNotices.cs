namespace OneStop.Domain.Calendar;

/// <summary>
/// The yearly holiday notices for civil servants that were published and read (2024: Thông báo 5015/TB-LĐTBXH and
/// Công văn 2450/VPCP-KGVX; 2025: Thông báo 6150/TB-BLĐTBXH; 2026: Thông báo 9441/TB-BNV and Công văn
/// 12729/VPCP-KGVX), shipped with the core so that a new installation counts Tết, the swapped days and the Saturdays
/// worked instead from its first day. Each day names the text it comes from; docs/holiday-notices.md gives each text's
/// address and how authoritative the copy read was. A later notice is data an administrator applies, not a release.
/// </summary>
public static class PublishedNotices
{
    private static readonly Lazy<IReadOnlyList<AnnualNotice>> Shipped = new(() =>
    {
        using var stream = typeof(PublishedNotices).Assembly.GetManifestResourceStream("OneStop.Domain.Calendar.holiday-notices.json")
            ?? throw new InvalidOperationException("The published holiday notices are not embedded in OneStop.Domain.");
        using var reader = new StreamReader(stream);
        return AnnualNotice.ListFromJson(reader.ReadToEnd());
    });

    public static IReadOnlyList<AnnualNotice> All => Shipped.Value;
}
