using OneStop.Domain.Calendar;
using OneStop.Domain.Catalog;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Catalog;

public class ProcedureCatalogTests
{
    private static readonly ProcedureVersion Version2 = Sequential with
    {
        Version = 2,
        EffectiveFrom = new DateOnly(2026, 12, 1),
        TimeLimit = TimeLimit.WorkingDays(5),
        Steps = [new ProcessStep("Thẩm định", [Construction], TimeLimit.WorkingDays(5))],
    };

    [Fact]
    public void The_version_in_force_is_the_latest_effective_on_the_date()
    {
        var (catalog, problems) = ProcedureCatalog.Create(Departments, [new Procedure(Sequential.Code, [Sequential, Version2])]);
        Assert.Empty(problems);
        Assert.Equal(1, catalog!.VersionOn(Sequential.Code, new DateOnly(2026, 11, 30))!.Version);
        Assert.Equal(2, catalog.VersionOn(Sequential.Code, new DateOnly(2026, 12, 1))!.Version);
        Assert.Null(catalog.VersionOn(Sequential.Code, new DateOnly(2025, 1, 1)));
    }

    [Fact]
    public void Steps_may_not_take_longer_than_the_time_limit()
    {
        var greedy = Sequential with { TimeLimit = TimeLimit.WorkingDays(4) };
        var (catalog, problems) = ProcedureCatalog.Create(Departments, [new Procedure(greedy.Code, [greedy])]);
        Assert.Null(catalog);
        Assert.Contains(problems, p => p.Contains("add up to more than the time limit"));
    }

    [Fact]
    public void A_process_naming_an_unknown_department_is_rejected()
    {
        var stray = Sequential with { Steps = [new ProcessStep("?", [new DepartmentCode("SKHCN")], TimeLimit.WorkingDays(1))] };
        var (_, problems) = ProcedureCatalog.Create(Departments, [new Procedure(stray.Code, [stray])]);
        Assert.Contains(problems, p => p.Contains("SKHCN"));
    }

    [Fact]
    public void Version_numbers_must_grow_with_effective_dates()
    {
        var backwards = Version2 with { Version = 0 };
        var (_, problems) = ProcedureCatalog.Create(Departments, [new Procedure(Sequential.Code, [Sequential with { Version = 3 }, Version2])]);
        Assert.Contains(problems, p => p.Contains("grow"));
        Assert.NotEmpty(backwards.Problems());
    }

    [Fact]
    public void A_department_receives_through_the_center_only_from_its_onboarding_date()
    {
        var department = Departments.Single(d => d.Code == NotYetOnboarded);
        Assert.False(department.IsOnboardedOn(new DateOnly(2029, 12, 31)));
        Assert.True(department.IsOnboardedOn(new DateOnly(2030, 1, 1)));
    }
}
