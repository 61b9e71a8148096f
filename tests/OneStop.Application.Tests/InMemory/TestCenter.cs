using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OneStop.Application.Access;
using OneStop.Application.Administration;
using OneStop.Application.Attachments;
using OneStop.Application.Catalog;
using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Decisions;
using OneStop.Application.Dossiers;
using OneStop.Application.Filing;
using OneStop.Application.Portal;
using OneStop.Application.Reports;
using OneStop.Application.Workflow;
using OneStop.Application.Worklists;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;
using OneStop.Domain.Workflow;
using OneStop.Samples;
using OneStop.Testing;

namespace OneStop.Application.Tests.InMemory;

/// <summary>Every use case on in-memory ports and the sample catalog, on a clock the test moves: Monday 23 November 2026, 09:00 in Vietnam.</summary>
internal sealed class TestCenter
{
    public static readonly IntakePoint Center = new("TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên", IntakePointKind.Center);
    public static readonly IntakePoint Commune = new("XA-TANCUONG", "Bộ phận một cửa xã Tân Cương", IntakePointKind.CommunePoint);
    public static readonly Actor Citizen = Actor.Applicant("citizen-1", "Trần Văn Bình");
    public static readonly Actor Reception = Actor.ReceptionOfficer("le-thi-lan", "Lê Thị Lan");

    private readonly ServiceProvider services;

    /// <summary>The hosts' own registration (<see cref="ApplicationServices.AddOneStopApplication"/>) over in-memory ports.</summary>
    private TestCenter()
    {
        var settings = new OneStopSettings { Agency = "000.00.12.H56", IntakePoints = [Center, Commune] };
        var registered = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IDossierStore>(Store)
            .AddSingleton<IDossierCodeAllocator>(new InMemoryCodeAllocator())
            .AddSingleton<IAttachmentStore>(Files)
            .AddSingleton<IIdempotencyLedger>(Ledger)
            .AddSingleton<IMessageSender>(Sent)
            .AddSingleton<IProcedureCatalogStore>(CatalogStore)
            .AddSingleton<IIntakePointStore>(new InMemoryIntakePointStore())
            .AddSingleton<IHolidayNoticeStore>(new InMemoryHolidayNoticeStore())
            .AddSingleton<IAdministrationLog>(AdministrationLog)
            .AddSingleton<IAccessLog>(AccessLog)
            .AddSingleton<ISignalInbox>(Inbox)
            .AddSingleton<IPortalStore>(Portal)
            .AddSingleton<IPortalGateway>(new InMemoryPortalGateway())
            .AddSingleton<IScoreCountStore>(Scores)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(Microsoft.Extensions.Logging.Abstractions.NullLogger<>))
            .AddOneStopApplication(settings);
        services = registered.BuildServiceProvider();
        Relay = new ImmediateRelay(() => Turns);
    }

    public IntakePointDirectory IntakePoints => Get<IntakePointDirectory>();

    /// <summary>Where the dossiers' reports to the national portal wait.</summary>
    public InMemoryPortalStore Portal { get; } = new();

    public InMemoryAdministrationLog AdministrationLog { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(7)));

    public DossierEngine Engine => Get<DossierEngine>();

    public InMemoryDossierStore Store { get; } = new();

    /// <summary>The scorecard's aggregate records.</summary>
    public InMemoryScoreCountStore Scores { get; } = new();

    public InMemoryAttachmentStore Files { get; } = new();

    public InMemoryLedger Ledger { get; } = new();

    public InMemoryAccessLog AccessLog { get; } = new();

    public InMemorySignalInbox Inbox { get; } = new();

    public RecordingSender Sent { get; } = new();

    public InMemoryCatalogStore CatalogStore { get; } = new();

    public CommandDispatcher Dispatcher => Get<CommandDispatcher>();

    public CatalogCache Catalog => Get<CatalogCache>();

    public DossierService Dossiers => Get<DossierService>();

    public DossierFiling Filing => Get<DossierFiling>();

    public DossierReader Reader => Get<DossierReader>();

    public DossierQueries Queries => Get<DossierQueries>();

    public OfficerDecisions Decisions => Get<OfficerDecisions>();

    public DossierTurns Turns => Get<DossierTurns>();

    public ImmediateRelay Relay { get; }

    /// <summary>A use case as the hosts resolve it.</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public static async Task<TestCenter> StartAsync()
    {
        var center = new TestCenter();
        var importer = new CatalogImporter(center.CatalogStore);
        await importer.ImportAsync(CatalogImporter.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "samples", "catalog.sample.json"))));
        await center.Catalog.ReloadAsync();
        return center;
    }

    public static SubmissionForm PermitForm(string name = "Trần Văn Bình", string citizenId = "019085012345", string intakePoint = "TTPVHCC", IntakeChannel channel = IntakeChannel.Online) =>
        new("SAMPLE.XD.01", new ApplicantForm(ApplicantKind.Citizen, name, citizenId, "0912345678", "Tổ 5, phường Phan Đình Phùng, Thái Nguyên"), channel, intakePoint);

    /// <summary>A permit filed with its three papers: the result.</summary>
    public async Task<SubmissionResult> FileAsync(SubmissionForm? form = null, string? key = null, Actor? actor = null)
    {
        await using var submission = await Filing.BeginSubmissionAsync(form ?? PermitForm(), key ?? Guid.NewGuid().ToString(), actor ?? Citizen);
        foreach (var paper in new[] { "don", "ban-ve", "dat" })
        {
            await submission.AddFileAsync(paper, $"{paper}.pdf", "application/pdf", new MemoryStream(SamplePdf.Of(2_000)));
        }
        return await submission.CompleteAsync();
    }

    /// <summary>A permit filed online and received at the center: its code.</summary>
    public async Task<string> ReceivedAsync(SubmissionForm? form = null)
    {
        var filed = await FileAsync(form);
        var received = await Dossiers.ApplyAsync(filed.Code, new Receive { Actor = Reception });
        Assert.Equal(AdvanceOutcome.Applied, received.Outcome);
        return filed.Code;
    }

    public static Actor Officer(string department) => Actor.DepartmentOfficer($"cv-{department}", $"Chuyên viên {department}", new DepartmentCode(department));
}
