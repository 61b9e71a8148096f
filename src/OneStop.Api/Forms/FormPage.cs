using System.Text.Encodings.Web;
using System.Text.Unicode;
using OneStop.Application.Centers;

namespace OneStop.Api.Forms;

/// <summary>
/// The frame every form shares, laid out as an administrative document (Decree 30/2020/NĐ-CP): the governing body
/// and the issuing office on the left, the national title and the place and date on the right; signature blocks at
/// the foot; A4 print styles. Every value that comes from a dossier is HTML-encoded: a name typed with markup prints
/// as text, never runs.
/// </summary>
internal static class FormPage
{
    /// <summary>Markup characters escaped, Vietnamese letters kept as they are (not as numeric entities).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string E(string? text) => Encoder.Encode(text ?? "");

    /// <param name="office">The issuing office (the intake point, or the department), printed in capitals under the governing body.</param>
    /// <param name="number">The document's number line ("Số: …"), or null.</param>
    /// <param name="dated">The place and date line, already in words.</param>
    /// <param name="landscape">Printed across the page, for a book of many columns.</param>
    public static string Render(int? form, FormSettings settings, string office, string? number, string dated, string title, string body, string signatures, bool landscape = false) => $$"""
        <!DOCTYPE html>
        <html lang="vi">
        <head>
        <meta charset="utf-8">
        <title>{{(form is { } n ? $"Mẫu {n:00} - " : "")}}{{E(title)}}</title>
        <style>
          @page { size: A4{{(landscape ? " landscape" : "")}}; margin: {{(landscape ? "15mm 15mm 15mm 20mm" : "20mm 15mm 20mm 30mm")}}; }
          body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35; max-width: {{(landscape ? "262mm" : "180mm")}}; margin: 1em auto; color: #000; }
          .header { width: 100%; border: 0; }
          .header td { border: 0; vertical-align: top; text-align: center; padding: 0; }
          .header .left { width: 46%; font-size: 12pt; }
          .governing { text-transform: uppercase; }
          .office { font-weight: bold; text-transform: uppercase; }
          .rule { display: inline-block; width: 35%; border-top: 1px solid #000; margin: 2px 0 6px; }
          .national { font-weight: bold; }
          .motto { font-weight: bold; }
          .dated { font-style: italic; margin-top: 8px; }
          .form-number { text-align: right; font-style: italic; font-size: 11pt; margin: 0 0 6px; }
          h1 { text-align: center; font-size: 14pt; margin: 18px 0 4px; }
          .subtitle { text-align: center; margin: 0 0 12px; }
          table.grid { border-collapse: collapse; width: 100%; margin: 6px 0; }
          .grid th, .grid td { border: 1px solid #000; padding: 3px 5px; vertical-align: top; font-size: 12pt; }
          .grid th { text-align: center; }
          .control th, .control td { font-size: 10.5pt; padding: 2px 3px; }
          .book th, .book td { font-size: 10pt; padding: 2px 3px; }
          .signatures { width: 100%; margin-top: 18px; border: 0; }
          .signatures td { border: 0; text-align: center; vertical-align: top; width: 50%; padding-bottom: 70px; }
          .signatures .role { font-weight: bold; text-transform: uppercase; }
          .signatures .hint { font-style: italic; font-size: 11pt; }
          .signatures .name { padding-top: 60px; font-weight: bold; }
          .qr { float: right; text-align: center; font-size: 10pt; margin: 0 0 8px 12px; }
          .qr img { width: 32mm; height: 32mm; }
          .secret { font-family: "Courier New", monospace; font-weight: bold; letter-spacing: 2px; }
          @media print { body { margin: 0; max-width: none; } .no-print { display: none; } }
        </style>
        </head>
        <body>
        {{(form is { } formNumber ? $"<p class=\"form-number\">Mẫu số {formNumber:00}</p>" : "")}}
        <table class="header"><tr>
          <td class="left"><div class="governing">{{E(settings.GoverningBody)}}</div><div class="office">{{E(office)}}</div><span class="rule"></span>{{(number is null ? "" : $"<div>{E(number)}</div>")}}</td>
          <td><div class="national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div><div class="motto">Độc lập - Tự do - Hạnh phúc</div><span class="rule"></span><div class="dated">{{E(dated)}}</div></td>
        </tr></table>
        <h1>{{E(title)}}</h1>
        {{body}}
        {{signatures}}
        </body>
        </html>
        """;

    /// <summary>Signature blocks side by side: each a role, the hint "(Ký và ghi rõ họ tên)", and the name when known.</summary>
    public static string Signatures(params (string Role, string? Name)[] blocks) =>
        "<table class=\"signatures\"><tr>"
        + string.Concat(blocks.Select(b => $"<td><div class=\"role\">{E(b.Role)}</div><div class=\"hint\">(Ký và ghi rõ họ tên)</div><div class=\"name\">{E(b.Name)}</div></td>"))
        + "</tr></table>";
}
