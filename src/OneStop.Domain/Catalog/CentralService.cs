namespace OneStop.Domain.Catalog;

/// <summary>
/// A procedure that a competent authority had built as one service for the whole country ("giải pháp cung cấp dịch
/// vụ công tập trung trên toàn quốc", khoản 3 added to Art. 13 of Circular 03/2025/TT-VPCP by Circular 04/2025/TT-VPCP,
/// in force from 25/01/2026). Its dossiers' codes open with the resolving agency's identifier and put
/// <see cref="SystemDigits"/> before the day's number.
/// </summary>
/// <param name="Owner">The agency that owns the central system (cơ quan chủ quản), as the catalog names it.</param>
/// <param name="SystemDigits">"AA": the two digits of the owner's electronic identifier that the circular means; the
/// circular does not say which two, so the catalog states them.</param>
public sealed record CentralService(string Owner, string SystemDigits)
{
    public bool IsValid => !string.IsNullOrWhiteSpace(Owner) && SystemDigits is { Length: 2 } && SystemDigits.All(char.IsAsciiDigit);
}
