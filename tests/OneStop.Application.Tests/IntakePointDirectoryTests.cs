using OneStop.Application.Centers;
using OneStop.Application.Common;
using OneStop.Application.Tests.InMemory;
using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Application.Tests;

/// <summary>Intake points are data an administrator maintains: added, renamed, closed to new dossiers, never removed.</summary>
public class IntakePointDirectoryTests
{
    private static readonly Actor Administrator = new(ActorRole.Administrator, "quan-tri-1", "Phạm Minh Đức");
    private static readonly CenterSettings Center = new(new AgencyCode("000.00.12.H56"), [TestCenter.Center]);

    [Fact]
    public async Task A_commune_point_is_added_then_closed_and_its_code_still_names_its_dossiers()
    {
        var store = new InMemoryIntakePointStore();
        var log = new InMemoryAdministrationLog();
        var directory = new IntakePointDirectory(Center, store, log, TimeProvider.System);
        var commune = new IntakePoint("XA-PHUCXUAN", "Bộ phận một cửa xã Phúc Xuân", IntakePointKind.CommunePoint);

        await directory.SaveAsync(new IntakePointEntry(commune, true), Administrator);
        Assert.Equal(commune, directory.FindOpen("XA-PHUCXUAN"));
        var otherInstance = new IntakePointDirectory(Center, store, log, TimeProvider.System);
        await otherInstance.RefreshAsync();
        Assert.Contains(commune, otherInstance.Open);

        await directory.SaveAsync(new IntakePointEntry(commune, false), Administrator);
        Assert.Null(directory.FindOpen("XA-PHUCXUAN"));
        Assert.Equal(commune, directory.Find("XA-PHUCXUAN"));
        Assert.DoesNotContain(commune, directory.Open);
        Assert.Equal(["Thêm điểm tiếp nhận Bộ phận một cửa xã Phúc Xuân (XA-PHUCXUAN).", "Ngừng tiếp nhận tại điểm tiếp nhận Bộ phận một cửa xã Phúc Xuân (XA-PHUCXUAN)."],
            log.Changes.Select(c => c.Summary));
    }

    [Fact]
    public async Task The_last_open_center_cannot_close_and_a_point_needs_a_code_and_a_name()
    {
        var directory = new IntakePointDirectory(Center, new InMemoryIntakePointStore(), new InMemoryAdministrationLog(), TimeProvider.System);

        var closing = await Assert.ThrowsAsync<InputRejectedException>(() => directory.SaveAsync(new IntakePointEntry(TestCenter.Center, false), Administrator));
        var blank = await Assert.ThrowsAsync<InputRejectedException>(() => directory.SaveAsync(new IntakePointEntry(new IntakePoint("xã mới", " ", IntakePointKind.CommunePoint), true), Administrator));

        Assert.Equal("open", Assert.Single(closing.Errors).Field);
        Assert.Equal(["code", "name"], blank.Errors.Select(e => e.Field));
        Assert.Equal([TestCenter.Center], directory.Open);
    }
}
