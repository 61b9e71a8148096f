using System.Globalization;
using System.Text;
using OneStop.Domain.Catalog;

namespace OneStop.Domain.Dossiers;

/// <summary>Whose electronic identifier opens a dossier's code.</summary>
public enum CodeAgency
{
    /// <summary>The agency that received the dossier.</summary>
    Receiving,

    /// <summary>The agency that resolves it (the centrally provided services' codes).</summary>
    Resolving,
}

/// <summary>Which dossiers a format numbers.</summary>
public enum CodeScope
{
    Every,

    /// <summary>The procedures of a service built centrally for the whole country (<see cref="CentralService"/>).</summary>
    CentrallyProvided,
}

/// <summary>
/// One format of the dossier code as a circular writes it, read from data (dossier-code-formats.json) with the words
/// it comes from: a pattern of the tokens {agency} (an electronic identifier), {date} (yyMMdd, the day of receipt),
/// {system} (the two digits of the central system's owner) and {number} (the day's number, at least
/// <see cref="MinimumDigits"/> digits and as many more as the day needs, without a leading zero beyond them, so that
/// a number has one spelling), between literal separators.
/// </summary>
public sealed record DossierCodeFormat(
    string Name,
    string Pattern,
    CodeAgency Agency,
    int MinimumDigits,
    DateOnly? From,
    CodeScope AppliesTo,
    string Source,
    string Authority)
{
    /// <summary>The most digits a day's number is written with (an int holds it).</summary>
    private const int MaximumDigits = 9;

    private enum Token
    {
        Literal,
        Agency,
        Date,
        System,
        Number,
    }

    /// <summary>The pattern's tokens and separators (read again each time: a record's fields are its equality).</summary>
    private List<(Token Token, string Text)> Segments => Tokenize(Pattern);

    public bool InForceOn(DateOnly day) => From is not { } from || day >= from;

    /// <summary>The code's text.</summary>
    public string Write(AgencyCode agency, DateOnly date, string? system, int sequence) =>
        Render(agency, date, system, sequence.ToString(new string('0', MinimumDigits), CultureInfo.InvariantCulture));

    /// <summary>The code without its number: the series one counter numbers (for the general format, "{agency}-{yyMMdd}").</summary>
    public string Series(AgencyCode agency, DateOnly date, string? system) =>
        Render(agency, date, system, number: null).TrimEnd(Segments.Where(s => s.Token == Token.Literal).SelectMany(s => s.Text).ToArray());

    /// <summary>Reads a code written in this format, in its one spelling; false for any other text.</summary>
    public bool TryRead(string text, out AgencyCode agency, out DateOnly date, out string? system, out int sequence)
    {
        (agency, date, system, sequence) = (default, default, null, 0);
        int at = 0;
        var segments = Segments;
        for (int i = 0; i < segments.Count; i++)
        {
            var (token, literal) = segments[i];
            int end = token switch
            {
                Token.Literal => text.AsSpan(at).StartsWith(literal, StringComparison.Ordinal) ? at + literal.Length : -1,
                Token.Date => at + 6,
                Token.System => at + 2,
                // The agency and the number run to the next separator, or to the end of the text.
                _ => i + 1 < segments.Count && segments[i + 1].Token == Token.Literal ? text.IndexOf(segments[i + 1].Text, at, StringComparison.Ordinal) : text.Length,
            };
            if (end < at || end > text.Length)
            {
                return false;
            }
            var part = text[at..end];
            switch (token)
            {
                case Token.Agency when AgencyCode.IsValid(part):
                    agency = new AgencyCode(part);
                    break;
                case Token.Date when TryDate(part, out var day):
                    date = day;
                    break;
                case Token.System when part.All(char.IsAsciiDigit):
                    system = part;
                    break;
                case Token.Number when IsNumber(part):
                    sequence = int.Parse(part, CultureInfo.InvariantCulture);
                    break;
                case Token.Literal:
                    break;
                default:
                    return false;
            }
            at = end;
        }
        return at == text.Length && sequence >= 1;
    }

    /// <summary>What is wrong with the format, in English for whoever edits the data; empty when it is sound.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        List<(Token Token, string Text)> segments;
        try
        {
            segments = Tokenize(Pattern);
        }
        catch (FormatException e)
        {
            return [$"Code format {Name}: {e.Message}"];
        }
        foreach (var token in new[] { Token.Agency, Token.Date, Token.Number })
        {
            if (segments.Count(s => s.Token == token) != 1)
            {
                problems.Add($"Code format {Name}: the pattern needs {{{token.ToString().ToLowerInvariant()}}} exactly once.");
            }
        }
        if (segments.Count(s => s.Token == Token.System) != (AppliesTo == CodeScope.CentrallyProvided ? 1 : 0))
        {
            problems.Add($"Code format {Name}: {{system}} belongs once to the centrally provided services' format and to no other.");
        }
        for (int i = 0; i < segments.Count; i++)
        {
            bool runs = segments[i].Token is Token.Agency or Token.Number;
            if (runs && i + 1 < segments.Count && segments[i + 1].Token != Token.Literal)
            {
                problems.Add($"Code format {Name}: {{{segments[i].Token.ToString().ToLowerInvariant()}}} must be followed by a separator or end the pattern.");
            }
        }
        if (MinimumDigits is < 1 or > MaximumDigits)
        {
            problems.Add($"Code format {Name}: the number's minimum of {MinimumDigits} digits is not between 1 and {MaximumDigits}.");
        }
        if (string.IsNullOrWhiteSpace(Source))
        {
            problems.Add($"Code format {Name}: no source text is cited.");
        }
        return problems;
    }

    private string Render(AgencyCode agency, DateOnly date, string? system, string? number)
    {
        var text = new StringBuilder();
        foreach (var (token, literal) in Segments)
        {
            if (token == Token.Number && number is null)
            {
                break;
            }
            text.Append(token switch
            {
                Token.Agency => agency.Value,
                Token.Date => date.ToString("yyMMdd", CultureInfo.InvariantCulture),
                Token.System => system ?? throw new ArgumentException($"The {Name} format needs the central system's two digits.", nameof(system)),
                Token.Number => number,
                _ => literal,
            });
        }
        return text.ToString();
    }

    private bool IsNumber(string text) =>
        text.Length >= MinimumDigits && text.Length <= MaximumDigits && text.All(char.IsAsciiDigit) && (text.Length == MinimumDigits || text[0] != '0');

    /// <summary>A day of receipt written yyMMdd; the two-digit year is of this century (2000–2099), whatever a culture's window says.</summary>
    private static bool TryDate(string text, out DateOnly date)
    {
        date = default;
        if (text.Length != 6 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        int year = 2000 + int.Parse(text[..2], CultureInfo.InvariantCulture);
        int month = int.Parse(text[2..4], CultureInfo.InvariantCulture);
        int day = int.Parse(text[4..], CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static List<(Token Token, string Text)> Tokenize(string pattern)
    {
        var segments = new List<(Token Token, string Text)>();
        int at = 0;
        while (at < pattern.Length)
        {
            int open = pattern.IndexOf('{', at);
            if (open < 0)
            {
                segments.Add((Token.Literal, pattern[at..]));
                break;
            }
            if (open > at)
            {
                segments.Add((Token.Literal, pattern[at..open]));
            }
            int close = pattern.IndexOf('}', open);
            if (close < 0)
            {
                throw new FormatException($"'{pattern}' opens a token it does not close.");
            }
            segments.Add((pattern[(open + 1)..close] switch
            {
                "agency" => Token.Agency,
                "date" => Token.Date,
                "system" => Token.System,
                "number" => Token.Number,
                var other => throw new FormatException($"'{pattern}' has the unknown token {{{other}}}."),
            }, ""));
            at = close + 1;
        }
        return segments;
    }
}
