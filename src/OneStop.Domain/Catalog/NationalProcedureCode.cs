using System.Text.RegularExpressions;

namespace OneStop.Domain.Catalog;

/// <summary>
/// A code of the national database of administrative procedures (mã thủ tục hành chính): a level digit, a dot and
/// six digits ("1.009994"), optionally followed by further dot-separated groups (a local variant of the procedure).
/// </summary>
public static partial class NationalProcedureCode
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text);

    [GeneratedRegex(@"^\d\.\d{6}(\.[0-9A-Z]{1,6}){0,5}$")]
    private static partial Regex Pattern();
}
