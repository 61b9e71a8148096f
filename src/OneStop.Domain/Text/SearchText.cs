using System.Globalization;
using System.Text;

namespace OneStop.Domain.Text;

/// <summary>
/// Folds Vietnamese text for search, so "giay phep" finds "Giấy phép": decomposed, combining marks dropped,
/// đ read as d, lower case. (ICU's Vietnamese collation treats â, ă, đ, ơ, ư as letters of their own, so
/// ignoring non-spacing marks alone does not fold them.)
/// </summary>
public static class SearchText
{
    public static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            folded.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }

    public static bool Contains(string text, string query) => Fold(text).Contains(Fold(query.Trim()), StringComparison.Ordinal);
}
