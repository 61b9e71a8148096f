using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Application.Filing;

namespace OneStop.Server.Tests;

/// <summary>A submission that fails after its dossier was written must not let the same request file a second one.</summary>
public class SubmissionFailureTests(SubmissionFailureTests.LedgerFaultServer server) : IClassFixture<SubmissionFailureTests.LedgerFaultServer>
{
    [Fact]
    public async Task A_request_that_failed_after_filing_answers_its_dossier_when_sent_again()
    {
        var key = Guid.NewGuid().ToString();
        int before = await server.CountDossiersAsync();
        server.Ledger.FailNextCompletion();

        var (failed, _) = await Submissions.SubmitAsync(server, Submissions.Content(Submissions.Form(), Submissions.PermitPapers()), key);
        var (again, result) = await Submissions.SubmitAsync(server, Submissions.Content(Submissions.Form(), Submissions.PermitPapers()), key);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(before + 1, await server.CountDossiersAsync());
        Assert.Equal(result!.Code, (await server.GetDossierAsync(result.Code)).Code);
    }

    [Fact]
    public async Task A_request_that_failed_before_filing_can_be_sent_again_and_files_once()
    {
        var key = Guid.NewGuid().ToString();
        int before = await server.CountDossiersAsync();
        server.Ledger.FailNextNote();

        var (failed, _) = await Submissions.SubmitAsync(server, Submissions.Content(Submissions.Form(), Submissions.PermitPapers()), key);
        var (again, result) = await Submissions.SubmitAsync(server, Submissions.Content(Submissions.Form(), Submissions.PermitPapers()), key);

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(before + 1, await server.CountDossiersAsync());
        Assert.NotNull(result);
    }

    /// <summary>The server with an idempotency ledger that can be told to fail its next note or completion.</summary>
    public sealed class LedgerFaultServer : ServerFixture
    {
        /// <summary>The ledger the server files with, resolved as it resolves it (a use case may be made on first use).</summary>
        public FaultyLedger Ledger => (FaultyLedger)Services.GetRequiredService<IIdempotencyLedger>();

        protected override void ConfigureServices(IServiceCollection services)
        {
            var real = services.Last(d => d.ServiceType == typeof(IIdempotencyLedger)).ImplementationFactory!;
            services.AddSingleton<IIdempotencyLedger>(sp => new FaultyLedger((IIdempotencyLedger)real(sp)));
        }
    }

    /// <summary>Fails one armed call the way a store outage would; every other call goes to the real ledger.</summary>
    public sealed class FaultyLedger(IIdempotencyLedger real) : IIdempotencyLedger
    {
        private int failNote, failCompletion;

        public void FailNextNote() => failNote = 1;

        public void FailNextCompletion() => failCompletion = 1;

        public Task<IdempotencyClaim> ClaimAsync(string key, string requestFingerprint, CancellationToken cancellationToken = default) =>
            real.ClaimAsync(key, requestFingerprint, cancellationToken);

        public Task NoteResultAsync(string key, string result, CancellationToken cancellationToken = default) =>
            Interlocked.Exchange(ref failNote, 0) == 1 ? Outage() : real.NoteResultAsync(key, result, cancellationToken);

        public Task CompleteAsync(string key, string result, CancellationToken cancellationToken = default) =>
            Interlocked.Exchange(ref failCompletion, 0) == 1 ? Outage() : real.CompleteAsync(key, result, cancellationToken);

        public Task ReleaseAsync(string key, CancellationToken cancellationToken = default) => real.ReleaseAsync(key, cancellationToken);

        private static Task Outage() => Task.FromException(new HttpRequestException("The idempotency store did not answer."));
    }
}
