using System.Text;
using OneStop.Application.Attachments;
using OneStop.Azure;
using OneStop.Azure.Blobs;
using OneStop.Azure.Cosmos;
using OneStop.Domain.Calendar;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Reporting;
using OneStop.Domain.Workflow;
using static OneStop.Demo.SampleProvince;

// One building-permit dossier through its whole life, across Tết 2026: decided by the engine, stored the way a
// host stores it (code from the allocator, papers in Blob Storage, the dossier in Cosmos DB, every save guarded
// by its ETag), on the local services that tools/run.sh starts.
Console.OutputEncoding = Encoding.UTF8;
var offset = TimeSpan.FromHours(7);
var engine = new DossierEngine(WorkingCalendar.Default);
DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, offset);
string Local(DateTimeOffset instant) => VietnameseText.DateTime(instant, offset);

var officer = Actor.ReceptionOfficer("cb-01", "Nguyễn Thị Lan");
var citizen = Actor.Applicant("cd-01", "Trần Văn Bình");
var construction = Actor.DepartmentOfficer("sxd-01", "Phạm Minh Đức", Construction);
var agriculture = Actor.DepartmentOfficer("snnmt-01", "Hoàng Thu Hà", Agriculture);

var settings = AzureServicesSettings.LocalStandIns();
var clients = new AzureClients(settings);
using var cosmos = clients.Cosmos();
try
{
    await CosmosSchema.EnsureAsync(cosmos, settings.CosmosDatabase);
}
catch (HttpRequestException)
{
    Console.Error.WriteLine("The local services do not answer. Start them with: bash tools/services.sh start");
    return 1;
}
var store = new CosmosDossierStore(cosmos.GetContainer(settings.CosmosDatabase, CosmosSchema.Dossiers));
var codes = new CosmosDossierCodeAllocator(cosmos.GetContainer(settings.CosmosDatabase, CosmosSchema.Counters));
var blobs = clients.Attachments();
await blobs.CreateIfNotExistsAsync();
var attachments = new BlobAttachmentStore(blobs, AttachmentPolicy.Default, new OneStop.Azure.Files.FileInspector(), TimeProvider.System);

var (applicant, _) = Applicant.Create(ApplicantKind.Citizen, "Trần Văn Bình", "019085012345", "0912345678", "Tổ 5, phường Phan Đình Phùng, tỉnh Thái Nguyên");
var code = await codes.NextAsync(new AgencyCode("000.00.12.H56"), new DateOnly(2026, 2, 12));
var papers = new List<SubmittedDocument>();
foreach (var paper in BuildingPermit.Documents)
{
    using var content = new MemoryStream(ScannedPaper(paper.Name));
    var stored = await attachments.UploadAsync(new AttachmentUpload(code.Value, paper.Code, $"{paper.Code}.pdf", "application/pdf", content, papers.Sum(p => p.Length)));
    papers.Add(new SubmittedDocument(stored.DocumentCode, stored.FileName, stored.ContentType, stored.Length, stored.Sha256, stored.StorageKey));
}
var (filed, errors) = engine.File(new FilingRequest(code, applicant!, BuildingPermit, Departments, IntakeChannel.Online, Center, papers, citizen), At(2, 12, 14, 20));
if (filed is null)
{
    Console.Error.WriteLine(string.Join(Environment.NewLine, errors.Select(e => e.Message)));
    return 1;
}
var saved = await store.CreateAsync(filed.Dossier, filed.WakeAt);

// The paper the department will ask for, uploaded when the citizen supplements it.
using var reportContent = new MemoryStream(ScannedPaper("Báo cáo đánh giá tác động môi trường"));
var report = await attachments.UploadAsync(new AttachmentUpload(code.Value, "dtm", "bao-cao-dtm.pdf", "application/pdf", reportContent, papers.Sum(p => p.Length)));
var supplement = new SubmittedDocument(report.DocumentCode, report.FileName, report.ContentType, report.Length, report.Sha256, report.StorageKey);

Console.WriteLine("OneStop: one dossier through the workflow engine (sample data)");
Console.WriteLine($"Procedure {BuildingPermit.Code}: {BuildingPermit.Name}, {BuildingPermit.TimeLimit}");
Console.WriteLine();

var dossier = filed.Dossier;
Show(0, filed, "Filed online");
(DateTimeOffset At, Signal Signal, string What)[] script =
[
    (At(2, 12, 15, 30), new Receive { Actor = officer }, "Received after the 15:00 cut-off: the clock starts the next working day"),
    (At(2, 13, 10), new DepartmentDecision("snnmt-1", Agriculture, 0, DecisionKind.RequestSupplement, "Thiếu hồ sơ môi trường", ["Báo cáo đánh giá tác động môi trường đã được phê duyệt"]) { Actor = agriculture }, "Agriculture asks for a supplement: the clock stops"),
    (At(2, 13, 11), new DepartmentDecision("sxd-1", Construction, 0, DecisionKind.Approve, "Đạt yêu cầu") { Actor = construction }, "Construction approves its part meanwhile"),
    (At(3, 2, 9), new ProvideSupplement([supplement]) { Actor = citizen }, "The citizen supplements after Tết: the clock resumes, the appointment moves"),
    (At(3, 17, 9), new Tick(), "A deadline passes"),
    (At(3, 17, 14), new DepartmentDecision("snnmt-2", Agriculture, 0, DecisionKind.Approve, "Đạt yêu cầu") { Actor = agriculture }, "Agriculture approves: step 2 starts"),
    (At(3, 20, 16), new DepartmentDecision("sxd-2", Construction, 1, DecisionKind.Approve, "Đã ký", ResultReference: "GPXD-2026-0117") { Actor = construction }, "The permit is signed"),
    (At(3, 23, 8), new ReturnResult(ReturnMethod.Counter) { Actor = officer }, "The result is returned at the counter"),
];
foreach (var (at, signal, what) in script)
{
    var result = engine.Advance(dossier, signal, at);
    Show(dossier.History.Length, result, what);
    if (result.Outcome == AdvanceOutcome.Applied)
    {
        saved = await store.ReplaceAsync(result.Dossier, result.WakeAt, saved.ETag);
    }
    dossier = result.Dossier;
}

Console.WriteLine("Control slip (Mẫu 06):");
foreach (var entry in ControlSlip.For(dossier, At(3, 23, 8), engine.Calendar).Entries)
{
    Console.WriteLine($"  {entry.StepName,-38} {entry.ReceivedBy,-30} nhận {Local(entry.HandedOverAt)}  hạn {(entry.DueAt is { } due ? Local(due) : "-"),-22}  " +
        $"xong {(entry.CompletedAt is { } done ? Local(done) : "-"),-22} dùng {entry.WorkingTimeUsed?.TotalHours ?? 0,5:0.#} giờ  {entry.Timeliness?.Vietnamese()}");
}
Console.WriteLine($"Decision 766 verdict: {OnTimeClassifier.Classify(dossier, At(3, 31, 17), engine.Calendar)}");

var reloaded = (await store.FindAsync(code))!;
Console.WriteLine();
Console.WriteLine($"Stored in Cosmos DB as {reloaded.Dossier.Id}: status {(int)reloaded.Dossier.Status}, {reloaded.Dossier.History.Length} events, {reloaded.Dossier.Outbox.Length} commands in the outbox, ETag {reloaded.ETag}");
Console.WriteLine($"Papers in Blob Storage: {string.Join(", ", papers.Select(p => $"{p.FileName} ({p.Length:N0} bytes, SHA-256 {p.Sha256[..12]}…)"))}");
Console.WriteLine($"Read link for {papers[0].FileName}, valid 5 minutes: {await attachments.ReadLinkAsync(papers[0].StorageKey, TimeSpan.FromMinutes(5))}");
return 0;

void Show(int eventsBefore, AdvanceResult result, string what)
{
    Console.WriteLine($"{what} [{result.Outcome}]");
    foreach (var change in result.Dossier.History.Skip(eventsBefore))
    {
        Console.WriteLine($"  {Local(change.At)}  {(int)change.Status,2} {change.Status.Vietnamese(),-28} {change.GetType().Name}");
    }
    foreach (var command in result.Commands)
    {
        Console.WriteLine($"  → {Describe(command)}");
    }
    if (result.Dossier.AppointmentAt is { } appointment)
    {
        Console.WriteLine($"  appointment {Local(appointment)}{(result.WakeAt is { } wake ? $", wake at {Local(wake)}" : "")}");
    }
    Console.WriteLine();
}

static string Describe(Command command) => command switch
{
    AssignToDepartment a => $"assign step {a.Step + 1} to {a.Department}, due {a.DueAt:dd/MM HH:mm}",
    NotifyApplicant n => $"tell the applicant: {n.Message}",
    IssueForm f => $"issue {f.Form}",
    _ => command.GetType().Name,
};
