using OneStop.Application.Attachments;
using OneStop.Application.Common;
using OneStop.Application.Tests.InMemory;
using OneStop.Domain.Dossiers;
using OneStop.Samples;

namespace OneStop.Application.Tests;

/// <summary>A submission as one transaction: claimed, fed its files, completed, or abandoned so that it can be sent again.</summary>
public class SubmissionTests
{
    [Fact]
    public async Task A_complete_submission_files_the_dossier_with_its_papers_and_completes_its_key()
    {
        var center = await TestCenter.StartAsync();

        var result = await center.FileAsync(key: "k-1");

        var stored = await center.Store.FindAsync(DossierCode.Parse(result.Code));
        Assert.Equal(DossierStatus.Registered, stored!.Dossier.Status);
        Assert.Equal(3, stored.Dossier.Documents.Length);
        Assert.Equal(result.TrackingSecret, stored.Dossier.TrackingSecret);
        Assert.Contains(result.Code, center.Ledger.ResultOf("k-1"));
    }

    [Fact]
    public async Task The_same_request_sent_again_answers_the_first_result_and_stores_nothing_new()
    {
        var center = await TestCenter.StartAsync();
        var first = await center.FileAsync(key: "k-2");
        var files = center.Files.Files.Count;
        var writes = center.Store.Writes;

        var again = await center.FileAsync(key: "k-2");

        Assert.Equal(first, again);
        Assert.Equal(files, center.Files.Files.Count);
        Assert.Equal(writes, center.Store.Writes);
    }

    [Fact]
    public async Task The_same_key_for_another_request_is_refused()
    {
        var center = await TestCenter.StartAsync();
        await center.FileAsync(key: "k-3");

        await Assert.ThrowsAsync<RequestConflictException>(() => center.FileAsync(TestCenter.PermitForm(name: "Nguyễn Văn An"), "k-3"));
    }

    [Fact]
    public async Task An_abandoned_submission_gives_its_key_back_and_files_nothing()
    {
        var center = await TestCenter.StartAsync();

        await using (var submission = await center.Filing.BeginSubmissionAsync(TestCenter.PermitForm(), "k-4", TestCenter.Citizen))
        {
            await submission.AddFileAsync("don", "don.pdf", "application/pdf", new MemoryStream(SamplePdf.Of(2_000)));
        }

        Assert.False(center.Ledger.Holds("k-4"));
        Assert.Equal(0, center.Store.Writes);
        var retried = await center.FileAsync(key: "k-4");
        Assert.Equal(DossierStatus.Registered, retried.Status);
    }

    [Fact]
    public async Task A_refused_file_abandons_the_submission()
    {
        var center = await TestCenter.StartAsync();

        await Assert.ThrowsAsync<AttachmentRejectedException>(async () =>
        {
            await using var submission = await center.Filing.BeginSubmissionAsync(TestCenter.PermitForm(), "k-5", TestCenter.Citizen);
            await submission.AddFileAsync("don", "don.pdf", "application/pdf", new MemoryStream("MZ program"u8.ToArray()));
        });

        Assert.False(center.Ledger.Holds("k-5"));
        Assert.Equal(0, center.Store.Writes);
    }

    [Fact]
    public async Task A_dossier_missing_a_mandatory_paper_is_refused_with_the_field_named()
    {
        var center = await TestCenter.StartAsync();
        await using var submission = await center.Filing.BeginSubmissionAsync(TestCenter.PermitForm(), "k-6", TestCenter.Citizen);
        await submission.AddFileAsync("don", "don.pdf", "application/pdf", new MemoryStream(SamplePdf.Of(2_000)));

        var refused = await Assert.ThrowsAsync<InputRejectedException>(() => submission.CompleteAsync());

        Assert.NotEmpty(refused.Errors);
    }

    [Fact]
    public async Task A_walk_in_at_the_counter_is_received_at_once_with_its_appointment()
    {
        var center = await TestCenter.StartAsync();

        var result = await center.FileAsync(TestCenter.PermitForm(channel: IntakeChannel.Counter), actor: TestCenter.Reception);

        Assert.Equal(DossierStatus.Processing, result.Status);
        Assert.NotNull(result.AppointmentAt);
    }

    [Fact]
    public async Task Refused_uploads_and_incomplete_dossiers_take_no_number_so_the_day_s_numbers_have_no_gap()
    {
        var center = await TestCenter.StartAsync();
        var first = await center.FileAsync();
        await Assert.ThrowsAsync<AttachmentRejectedException>(async () =>
        {
            await using var submission = await center.Filing.BeginSubmissionAsync(TestCenter.PermitForm(), "k-7", TestCenter.Citizen);
            await submission.AddFileAsync("don", "don.pdf", "application/pdf", new MemoryStream("MZ program"u8.ToArray()));
        });
        await using (var incomplete = await center.Filing.BeginSubmissionAsync(TestCenter.PermitForm(), "k-8", TestCenter.Citizen))
        {
            await incomplete.AddFileAsync("don", "don.pdf", "application/pdf", new MemoryStream(SamplePdf.Of(2_000)));
            await Assert.ThrowsAsync<InputRejectedException>(() => incomplete.CompleteAsync());
        }

        var next = await center.FileAsync();

        Assert.Equal(DossierCode.Parse(first.Code).Sequence + 1, DossierCode.Parse(next.Code).Sequence);
    }

    [Fact]
    public async Task A_centrally_provided_service_s_dossier_is_numbered_by_its_resolving_agency_and_system_and_the_others_go_on()
    {
        // The sample's judicial-record procedure is marked as a centrally provided service (Circular 04/2025/TT-VPCP).
        var center = await TestCenter.StartAsync();
        var permit = await center.FileAsync();
        var form = TestCenter.PermitForm() with { ProcedureCode = "SAMPLE.TP.01" };
        await using var submission = await center.Filing.BeginSubmissionAsync(form, "lltp-1", TestCenter.Citizen);
        await submission.AddFileAsync("to-khai", "to-khai.pdf", "application/pdf", new MemoryStream(SamplePdf.Of(2_000)));
        var record = await submission.CompleteAsync();
        var next = await center.FileAsync();

        Assert.Equal("H56.STP.01-261123-010001", record.Code);
        Assert.Equal("000.00.12.H56-261123-0001", permit.Code);
        Assert.Equal("000.00.12.H56-261123-0002", next.Code); // the receiving agency's day has no gap for it
        Assert.Equal("H56.STP.01-261123-010001", (await center.Store.FindAsync(DossierCode.Parse(record.Code)))!.Dossier.Id);
    }
}
