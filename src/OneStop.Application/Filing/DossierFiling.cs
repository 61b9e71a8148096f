using System.Security.Cryptography;
using System.Text.Json;
using OneStop.Application.Attachments;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Dossiers;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;

namespace OneStop.Application.Filing;

/// <summary>
/// Filing a dossier, online or at the counter: check the form and claim the key, store the files as they stream in,
/// file the dossier (and receive it at once at the counter).
/// </summary>
public sealed class DossierFiling(
    DossierEngine engine,
    DossierService dossiers,
    IDossierStore store,
    IDossierCodeAllocator codes,
    IAttachmentStore attachments,
    IIdempotencyLedger ledger,
    CatalogCache catalog,
    CenterSettings center,
    IntakePointDirectory intakePoints,
    TimeProvider time)
{
    /// <summary>
    /// A submission under way: its files are being stored under a folder of its own. Its code is taken only when the
    /// whole filing is found acceptable, so a refused upload or an incomplete dossier uses no number of the day.
    /// </summary>
    internal sealed class Draft
    {
        internal Draft(string idempotencyKey, ProcedureVersion procedure, Applicant applicant, IntakeChannel channel, IntakePoint intakePoint, IntakePoint? returnPoint, Actor actor)
        {
            ReturnPoint = returnPoint;
            IdempotencyKey = idempotencyKey;
            Procedure = procedure;
            Applicant = applicant;
            Channel = channel;
            IntakePoint = intakePoint;
            Actor = actor;
        }

        public string IdempotencyKey { get; }

        /// <summary>Where the files are stored: the submission's own folder, not yet a dossier's (128 random bits).</summary>
        public string FileFolder { get; } = $"filing-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}";

        /// <summary>The dossier's code, once taken (or the one an interrupted first request with the same key took).</summary>
        public DossierCode? Code { get; set; }

        internal ProcedureVersion Procedure { get; }

        internal Applicant Applicant { get; }

        internal IntakeChannel Channel { get; }

        internal IntakePoint IntakePoint { get; }

        internal IntakePoint? ReturnPoint { get; }

        internal Actor Actor { get; }

        internal List<SubmittedDocument> Documents { get; } = [];

        /// <summary>The answer noted in the ledger before the dossier is written; from then on it may exist.</summary>
        internal string? NotedAnswer { get; set; }
    }

    /// <summary>
    /// Checks the form and claims the Idempotency-Key: a submission to add files to and complete, or one that answers
    /// what an earlier request with the same key did. Dispose it: unless completed, it abandons itself.
    /// </summary>
    /// <exception cref="InputRejectedException">The form is not acceptable.</exception>
    /// <exception cref="RequestConflictException">The key is in use by another request, or was used for a different one.</exception>
    public async Task<Submission> BeginSubmissionAsync(SubmissionForm form, string idempotencyKey, Actor actor, CancellationToken cancellationToken = default)
    {
        var (draft, earlier) = await ClaimAsync(form, idempotencyKey, actor, cancellationToken);
        return new Submission(this, draft, earlier);
    }

    private async Task<(Draft? Draft, SubmissionResult? Earlier)> ClaimAsync(
        SubmissionForm form, string idempotencyKey, Actor actor, CancellationToken cancellationToken)
    {
        var errors = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 100)
        {
            errors.Add(new("Idempotency-Key", "Thiếu tiêu đề Idempotency-Key (tối đa 100 ký tự) để chống nộp trùng hồ sơ."));
        }
        var today = engine.Calendar.LocalDate(time.GetUtcNow());
        ProcedureVersion? procedure = null;
        if (string.IsNullOrWhiteSpace(form.ProcedureCode) || !TryProcedureCode(form.ProcedureCode, out var procedureCode)
            || (procedure = catalog.Current.VersionOn(procedureCode, today)) is null)
        {
            errors.Add(new("procedureCode", "Không tìm thấy thủ tục hành chính đang có hiệu lực với mã này."));
        }
        bool channelAllowed = actor.Role == ActorRole.Applicant ? form.Channel == IntakeChannel.Online : form.Channel is IntakeChannel.Counter or IntakeChannel.Post;
        if (!channelAllowed)
        {
            errors.Add(new("channel", actor.Role == ActorRole.Applicant
                ? "Người nộp hồ sơ trực tuyến chỉ nộp qua kênh trực tuyến."
                : "Cán bộ tiếp nhận nhận hồ sơ trực tiếp hoặc qua bưu chính."));
        }
        var intakePoint = intakePoints.FindOpen(form.IntakePointCode ?? "");
        if (intakePoint is null)
        {
            errors.Add(new("intakePointCode", "Nơi tiếp nhận không hợp lệ."));
        }
        IntakePoint? returnPoint = null;
        if (!string.IsNullOrWhiteSpace(form.ReturnPointCode) && (returnPoint = intakePoints.FindOpen(form.ReturnPointCode)) is null)
        {
            errors.Add(new("returnPointCode", "Nơi trả kết quả không hợp lệ: chọn một nơi tiếp nhận đang hoạt động."));
        }
        Applicant? applicant = null;
        if (form.Applicant is not { } a)
        {
            errors.Add(new("applicant", "Thiếu thông tin người nộp hồ sơ."));
        }
        else
        {
            (applicant, var applicantErrors) = Applicant.Create(a.Kind, a.FullName, a.CitizenId, a.Phone, a.Address, a.Email, a.TaxCode);
            errors.AddRange(applicantErrors.Select(e => e with { Field = $"applicant.{e.Field}" }));
        }
        if (errors.Count > 0)
        {
            throw new InputRejectedException(errors);
        }

        var fingerprint = Fingerprint(form, actor);
        DossierCode? reserved = null;
        var claim = await ledger.ClaimAsync(idempotencyKey, fingerprint, cancellationToken);
        if (claim.Outcome == ClaimOutcome.Interrupted)
        {
            // The first request stopped while filing. If its dossier was written, that is the answer; if not,
            // nothing was filed and this request starts again, with the number the first one took.
            var noted = JsonSerializer.Deserialize<SubmissionResult>(claim.Result!, DomainJson.Options)!;
            var notedCode = DossierCode.Parse(noted.Code);
            if (await SettleKeyAsync(idempotencyKey, notedCode, claim.Result!, cancellationToken))
            {
                return (null, noted);
            }
            claim = await ledger.ClaimAsync(idempotencyKey, fingerprint, cancellationToken);
            // The number the first request took is this request's if it comes the same day: the day's book keeps no gap.
            reserved = notedCode.Date == today ? notedCode : null;
        }
        switch (claim.Outcome)
        {
            case ClaimOutcome.Completed:
                return (null, JsonSerializer.Deserialize<SubmissionResult>(claim.Result!, DomainJson.Options));
            case ClaimOutcome.InProgress or ClaimOutcome.Interrupted:
                throw new RequestConflictException("Hồ sơ với cùng Idempotency-Key đang được xử lý; vui lòng thử lại sau ít phút.");
            case ClaimOutcome.Mismatch:
                throw new RequestConflictException("Idempotency-Key này đã được dùng cho một hồ sơ khác.");
        }
        return (new Draft(idempotencyKey, procedure!, applicant!, form.Channel, intakePoint!, returnPoint, actor) { Code = reserved }, null);
    }

    /// <summary>Stores one file of the submission, streamed and checked.</summary>
    internal async Task AddFileAsync(Draft draft, string documentCode, string fileName, string contentType, Stream content, CancellationToken cancellationToken = default)
    {
        var stored = await attachments.UploadAsync(
            new AttachmentUpload(draft.FileFolder, documentCode, fileName, contentType, content, draft.Documents.Sum(d => d.Length)), cancellationToken);
        draft.Documents.Add(new SubmittedDocument(stored.DocumentCode, stored.FileName, stored.ContentType, stored.Length, stored.Sha256, stored.StorageKey));
    }

    /// <summary>
    /// Files the dossier (and receives it at once when a reception officer submits at the counter). The code is taken
    /// here, after the files were stored and the filing checked: the day's numbers follow the dossiers accepted.
    /// </summary>
    /// <param name="coded">Told the code once it is taken, before the dossier is written (the portal's intake links its own code to it).</param>
    internal async Task<SubmissionResult> CompleteSubmissionAsync(Draft draft, Func<DossierCode, Task>? coded, CancellationToken cancellationToken = default)
    {
        using var activity = OneStopTelemetry.Traces.StartActivity("dossier.submit");
        var secret = TrackingSecret.New();
        var now = time.GetUtcNow();
        var request = new FilingRequest(draft.Applicant, draft.Procedure, catalog.Current.Departments, draft.Channel, draft.IntakePoint, draft.Documents,
            draft.Actor, TrackingSecret.Hash(secret), secret, draft.ReturnPoint);
        if (engine.FilingErrors(request, now) is { Count: > 0 } errors)
        {
            throw new InputRejectedException(errors);
        }
        var code = draft.Code ?? await codes.NextAsync(
            DossierCodeSeries.For(draft.Procedure, catalog.Current, center.Agency, engine.Calendar.LocalDate(now)), cancellationToken);
        draft.Code = code;
        activity?.SetTag("onestop.dossier", code.Value);
        if (coded is not null)
        {
            await coded(code);
        }
        var dossier = engine.File(code, request, now).Result!.Dossier;
        if (draft.Actor.Role == ActorRole.ReceptionOfficer && draft.Channel == IntakeChannel.Counter)
        {
            var received = engine.Advance(dossier, new Receive { Actor = draft.Actor }, now);
            if (received.Outcome == AdvanceOutcome.Refused)
            {
                throw new SignalRefusedException(received.Refusal!);
            }
            dossier = received.Dossier;
        }
        // The result is noted before the dossier is written: a retry after a crash between the two finds the
        // dossier by its code and answers it, instead of filing the same request twice.
        var result = new SubmissionResult(dossier.Id, dossier.Status, dossier.AppointmentAt, secret);
        var answer = JsonSerializer.Serialize(result, DomainJson.Options);
        await ledger.NoteResultAsync(draft.IdempotencyKey, answer, cancellationToken);
        draft.NotedAnswer = answer;
        var saved = await store.CreateAsync(dossier, engine.WakeAt(dossier), cancellationToken);
        OneStopTelemetry.DossiersSubmitted.Add(1, new KeyValuePair<string, object?>("channel", draft.Channel.ToString()));
        // Independent of each other once the dossier is written, so neither waits for the other.
        await Task.WhenAll(ledger.CompleteAsync(draft.IdempotencyKey, answer, cancellationToken), dossiers.DispatchAsync(saved, cancellationToken));
        return result;
    }

    /// <summary>
    /// After a submission that failed: gives the Idempotency-Key back, so the applicant can send it again, unless
    /// the dossier was written after all (the failure came later, or its answer was lost): then the key keeps
    /// that dossier as its answer, and sending it again answers it instead of filing a second one.
    /// </summary>
    internal async Task AbandonSubmissionAsync(Draft draft)
    {
        if (draft.NotedAnswer is { } answer)
        {
            await SettleKeyAsync(draft.IdempotencyKey, draft.Code!.Value, answer, CancellationToken.None);
            return;
        }
        await ledger.ReleaseAsync(draft.IdempotencyKey, CancellationToken.None);
    }

    /// <summary>
    /// Settles a key whose answer was noted but whose request did not finish: if the dossier was written, the key
    /// keeps it as its answer (true); if not, nothing was filed and the key is given back (false).
    /// </summary>
    private async Task<bool> SettleKeyAsync(string idempotencyKey, DossierCode code, string answer, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(code, cancellationToken) is not null)
        {
            await ledger.CompleteAsync(idempotencyKey, answer, cancellationToken);
            return true;
        }
        await ledger.ReleaseAsync(idempotencyKey, cancellationToken);
        return false;
    }

    private static string Fingerprint(SubmissionForm form, Actor actor) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { form, actor.Id }, DomainJson.Options)));

    private static bool TryProcedureCode(string text, out ProcedureCode code)
    {
        try
        {
            code = new ProcedureCode(text);
            return true;
        }
        catch (ArgumentException)
        {
            code = default;
            return false;
        }
    }
}
