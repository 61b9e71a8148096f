namespace OneStop.Application.Centers;

/// <summary>
/// What the printed forms say about who issues them: the governing body above the receiving office (the province's
/// People's Committee), the place the forms are dated at, and the public lookup page the QR code on Mẫu 01 opens.
/// </summary>
public sealed record FormSettings
{
    /// <summary>The governing body (cơ quan chủ quản), as a document's header writes it: "ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN".</summary>
    public string GoverningBody { get; init; } = "";

    /// <summary>The place a form is dated at (địa danh): "Thái Nguyên".</summary>
    public string Place { get; init; } = "";

    /// <summary>The public lookup page; the QR code on Mẫu 01 opens it with ?code= and &amp;secret= filled in.</summary>
    public string PublicLookupUrl { get; init; } = "";

    public IEnumerable<string> ConfigurationErrors()
    {
        if (string.IsNullOrWhiteSpace(GoverningBody))
        {
            yield return "OneStop:Forms:GoverningBody is empty: the forms' header names the province's People's Committee.";
        }
        if (string.IsNullOrWhiteSpace(Place))
        {
            yield return "OneStop:Forms:Place is empty: forms are dated at the province's name.";
        }
        if (!Uri.TryCreate(PublicLookupUrl, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            yield return $"OneStop:Forms:PublicLookupUrl '{PublicLookupUrl}' is not an http(s) address of the public lookup page.";
        }
    }
}
