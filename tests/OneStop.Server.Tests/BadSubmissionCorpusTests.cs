using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using static OneStop.Server.Tests.Submissions;

namespace OneStop.Server.Tests;

/// <summary>
/// A corpus of bad submissions: each is answered with a problem naming what is wrong, and no dossier is stored.
/// </summary>
[Collection(ServerCollection.Name)]
public class BadSubmissionCorpusTests(ServerFixture server)
{
    /// <summary>(case, the form as JSON text, expected status, the field or problem code the answer must name).</summary>
    public static TheoryData<string, string, int, string> Forms()
    {
        var data = new TheoryData<string, string, int, string>();
        void Field(string name, string path, JsonNode? value, string expected) => data.Add(name, With(path, value), 400, expected);

        Field("name empty", "applicant.fullName", "", "applicant.fullName");
        Field("name too long", "applicant.fullName", new string('A', 201), "applicant.fullName");
        Field("name with a control character", "applicant.fullName", "Trần\u0007Văn", "applicant.fullName");
        Field("identity number of 11 digits", "applicant.citizenId", "01908501234", "applicant.citizenId");
        Field("identity number of 13 digits", "applicant.citizenId", "0190850123456", "applicant.citizenId");
        Field("identity number with letters", "applicant.citizenId", "01908501234A", "applicant.citizenId");
        Field("identity number of no province", "applicant.citizenId", "003085012345", "applicant.citizenId");
        Field("identity number missing", "applicant.citizenId", null, "applicant.citizenId");
        Field("phone too short", "applicant.phone", "123", "applicant.phone");
        Field("foreign phone", "applicant.phone", "+1 555 0100", "applicant.phone");
        Field("phone of no network", "applicant.phone", "0112345678", "applicant.phone");
        Field("address empty", "applicant.address", " ", "applicant.address");
        Field("address too long", "applicant.address", new string('x', 501), "applicant.address");
        Field("email without domain", "applicant.email", "an@", "applicant.email");
        Field("email without at", "applicant.email", "an.example.vn", "applicant.email");
        Field("unknown procedure", "procedureCode", "9.999999", "procedureCode");
        Field("path as procedure code", "procedureCode", "../../etc/passwd", "procedureCode");
        Field("unknown intake point", "intakePointCode", "XA-KHONG-CO", "intakePointCode");
        Field("counter channel for an applicant", "channel", "Counter", "channel");
        data.Add("organization without tax code", With("applicant.kind", "Organization"), 400, "applicant.taxCode");
        data.Add("unknown applicant kind", With("applicant.kind", "Alien"), 400, "malformed_json");
        data.Add("unknown channel", With("channel", "Pigeon"), 400, "malformed_json");
        data.Add("form is null", "null", 400, "form_missing");
        data.Add("form is an array", "[]", 400, "malformed_json");
        data.Add("form is cut short", "{\"procedureCode\":", 400, "malformed_json");
        data.Add("form is a string", "\"hồ sơ\"", 400, "malformed_json");
        data.Add("form nested too deep", new string('[', 100) + new string(']', 100), 400, "malformed_json");
        return data;
    }

    /// <summary>(case, files, expected status, problem code).</summary>
    public static TheoryData<string, int, int> Files() => new()
    {
        { "a mandatory paper missing", 0, 400 },
        { "a paper the procedure does not ask for", 1, 400 },
        { "an HTML page", 2, 415 },
        { "a program named as a PDF", 3, 415 },
        { "an empty file", 4, 415 },
        { "an image declared as a PDF", 5, 415 },
        { "a file that only starts like a PDF", 6, 415 },
        { "a damaged photo", 7, 415 },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task A_bad_form_is_refused_with_a_problem_and_nothing_is_stored(string name, string form, int status, string expected)
    {
        var before = await server.CountDossiersAsync();

        var (response, _) = await SubmitAsync(server, RawContent(form, PermitPapers()));

        Assert.True(status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode}");
        var problem = await ServerFixture.ProblemAsync(response);
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(expected, out _)
            || problem.GetProperty("type").GetString() == $"urn:onestop:problem:{expected}", $"{name}: {problem}");
        Assert.Equal(before, await server.CountDossiersAsync());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task A_bad_file_is_refused_with_a_problem_and_nothing_is_stored(string name, int variant, int status)
    {
        var before = await server.CountDossiersAsync();
        var papers = PermitPapers().ToList();
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };
        switch (variant)
        {
            case 0: papers.RemoveAt(1); break;
            case 1: papers.Add(("giay-la", "la.pdf", "application/pdf", Pdf())); break;
            case 2: papers[0] = ("don", "don.html", "text/html", Encoding.UTF8.GetBytes("<html><script>alert(1)</script></html>")); break;
            case 3: papers[0] = ("don", "don.pdf", "application/pdf", Encoding.ASCII.GetBytes("MZ\u0090\0program").Concat(new byte[2000]).ToArray()); break;
            case 4: papers[0] = ("don", "don.pdf", "application/pdf", []); break;
            case 5: papers[0] = ("don", "don.pdf", "application/pdf", png); break;
            case 6: papers[0] = ("don", "don.pdf", "application/pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. new byte[30_000]]); break;
            default: papers[0] = ("don", "don.png", "image/png", png); break;
        }

        var (response, _) = await SubmitAsync(server, Content(Form(), [.. papers]));

        Assert.True(status == (int)response.StatusCode, $"{name}: {(int)response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, await server.CountDossiersAsync());
    }

    [Fact]
    public async Task A_name_typed_with_combining_marks_is_stored_precomposed()
    {
        var decomposed = "Nguyễn Thị Hồng".Normalize(NormalizationForm.FormD);
        var (response, result) = await SubmitAsync(server, Content(JsonNode.Parse(With("applicant.fullName", decomposed))!, PermitPapers()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("Nguyễn Thị Hồng", (await server.GetDossierAsync(result!.Code)).ApplicantName);
    }

    [Fact]
    public async Task Path_tricks_in_file_names_are_cut_to_the_name()
    {
        var papers = PermitPapers();
        papers[0] = ("don", "../../../etc/Đơn đề nghị.pdf", "application/pdf", Pdf());
        var (_, result) = await SubmitAsync(server, Content(Form(), papers));

        var view = await server.GetDossierAsync(result!.Code);
        Assert.Contains(view.Documents, d => d.FileName == "Đơn đề nghị.pdf");
        Assert.DoesNotContain(view.Documents, d => d.FileName.Contains('/') || d.FileName.Contains(".."));
    }

    /// <summary>The valid form with one value replaced (null removes it).</summary>
    private static string With(string path, JsonNode? value)
    {
        var form = JsonSerializer.SerializeToNode(Form())!;
        var parts = path.Split('.');
        var parent = parts.Length == 1 ? form : form[parts[0]]!;
        if (value is null)
        {
            parent.AsObject().Remove(parts[^1]);
        }
        else
        {
            parent[parts[^1]] = value;
        }
        return form.ToJsonString();
    }
}
