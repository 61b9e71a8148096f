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

    [Fact]
    public void The_portals_dossiers_find_their_procedure_by_its_national_code_or_its_own_code_when_it_has_none()
    {
        var local = Sequential with { NationalCode = "1.000123" };
        var national = LienThong;
        var (catalog, problems) = ProcedureCatalog.Create(Departments, [new Procedure(local.Code, [local]), new Procedure(national.Code, [national])]);

        Assert.Empty(problems);
        var day = new DateOnly(2026, 11, 23);
        Assert.Equal(local.Code, catalog!.VersionByPortalCode("1.000123", day)!.Code);
        Assert.Equal(national.Code, catalog.VersionByPortalCode(national.Code.Value, day)!.Code);
        Assert.Null(catalog.VersionByPortalCode(local.Code.Value, day));
    }

    [Theory]
    [InlineData("1.009994", true)]
    [InlineData("2.000488.000.00.00.H12", true)]
    [InlineData("1.9994", false)]
    [InlineData("MA-TTHC", false)]
    public void A_national_code_is_a_level_digit_and_six_digits_optionally_with_a_local_variant(string code, bool valid)
    {
        Assert.Equal(valid, NationalProcedureCode.IsValid(code));
        Assert.Equal(valid, (Sequential with { NationalCode = code }).Problems().Count == 0);
    }

    [Fact]
    public void Two_procedures_may_not_share_a_national_code()
    {
        var (_, problems) = ProcedureCatalog.Create(Departments,
            [new Procedure(Sequential.Code, [Sequential with { NationalCode = "1.009994" }]), new Procedure(LienThong.Code, [LienThong with { NationalCode = "1.009994" }])]);
        Assert.Contains(problems, p => p.Contains("share the national code 1.009994"));
    }
}
