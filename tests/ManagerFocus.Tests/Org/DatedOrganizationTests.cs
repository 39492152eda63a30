using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources.People;

namespace ManagerFocus.Tests.Org;

/// <summary>People files with effective dates: snapshots, the one in force on a day, and the checks per snapshot.</summary>
public sealed class DatedOrganizationTests
{
    private static PeopleFile Read(string csv, string path = "people.csv", WarningLog? warnings = null) =>
        PeopleCsvReader.Read(new StringReader(csv), path, warnings ?? new WarningLog());

    private static Organization Build(WarningLog warnings, params PeopleFile[] files) => OrganizationBuilder.Build(files, warnings);

    private static DateOnly D(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);

    // Ann moves from Maria to Nils on Monday 2026-02-02.
    private const string TwoSnapshots = """
        id,name,manager_id,effective_date
        m,Maria,,2026-01-01
        n,Nils,,2026-01-01
        a,Ann,m,2026-01-01
        m,Maria,,2026-02-02
        n,Nils,,2026-02-02
        a,Ann,n,2026-02-02
        """;

    [Fact]
    public void The_snapshot_in_force_is_the_latest_effective_on_or_before_the_day_and_the_first_before_any()
    {
        var org = Build(new WarningLog(), Read(TwoSnapshots));
        var (ann, maria, nils) = (org.Find("a")!.Index, org.Find("m")!.Index, org.Find("n")!.Index);

        org.Snapshots.Count.ShouldBe(2);
        org.ManagerOn(ann, D("2025-06-01")).ShouldBe(maria);
        org.ManagerOn(ann, D("2026-02-01")).ShouldBe(maria);
        org.ManagerOn(ann, D("2026-02-02")).ShouldBe(nils);
        org.ManagerOn(ann, D("2030-01-01")).ShouldBe(nils);
        org.IsManagerOn(maria, ann, D("2026-02-01")).ShouldBeTrue();
        org.IsManagerOn(maria, ann, D("2026-02-02")).ShouldBeFalse();
        org.People.Count.ShouldBe(3);
    }

    [Fact]
    public void Direct_reports_on_a_day_follow_the_snapshot_in_force()
    {
        var org = Build(new WarningLog(), Read(TwoSnapshots));

        org.DirectReportsOn(org.Find("m")!, D("2026-02-01")).Select(p => p.Id).ShouldBe(["a"]);
        org.DirectReportsOn(org.Find("m")!, D("2026-02-02")).ShouldBeEmpty();
        org.DirectReportsOn(org.Find("n")!, D("2026-02-02")).Select(p => p.Id).ShouldBe(["a"]);
        org.ReportsOf(org.Find("m")!).Select(p => p.Id).ShouldBe(["a"]);
        org.ReportsOf(org.Find("n")!).Select(p => p.Id).ShouldBe(["a"]);
    }

    [Fact]
    public void A_person_absent_from_a_snapshot_is_not_in_the_organization_until_they_come_back()
    {
        var org = Build(new WarningLog(), Read("""
            id,name,manager_id,effective_date
            m,Maria,,2026-01-01
            a,Ann,m,2026-01-01
            m,Maria,,2026-02-01
            m,Maria,,2026-03-01
            a,Ann,m,2026-03-01
            """));
        var ann = org.Find("a")!.Index;

        org.IsEmployedOn(ann, D("2026-01-31")).ShouldBeTrue();
        org.IsEmployedOn(ann, D("2026-02-01")).ShouldBeFalse();
        org.ManagerOn(ann, D("2026-02-15")).ShouldBe(-1);
        org.IsEmployedOn(ann, D("2026-03-01")).ShouldBeTrue();
        org.EmploymentOf(ann).Where(r => r.To > r.From).Select(r => (r.From, r.To))
            .ShouldBe([(DateOnly.MinValue, D("2026-02-01")), (D("2026-03-01"), DateOnly.MaxValue)]);
    }

    [Fact]
    public void Start_and_end_dates_still_limit_employment_inside_a_snapshot()
    {
        var org = Build(new WarningLog(), Read("""
            id,name,manager_id,end_date,effective_date
            m,Maria,,,2026-01-01
            a,Ann,m,2026-01-20,2026-01-01
            m,Maria,,,2026-02-01
            a,Ann,m,,2026-02-01
            """));
        var ann = org.Find("a")!.Index;

        org.IsEmployedOn(ann, D("2026-01-19")).ShouldBeTrue();
        org.IsEmployedOn(ann, D("2026-01-25")).ShouldBeFalse();
        org.IsEmployedOn(ann, D("2026-02-01")).ShouldBeTrue();
    }

    [Fact]
    public void The_same_id_in_two_snapshots_is_one_person_described_by_the_latest_row()
    {
        var org = Build(new WarningLog(), Read("""
            id,name,email,manager_id,level,aliases,effective_date
            m,Maria,m@x.io,,L5,,2026-01-01
            a,Ann Old,ann.old@x.io,m,L3,ann-old,2026-01-01
            m,Maria,m@x.io,,L5,,2026-02-01
            a,Ann New,ann@x.io,m,L4,,2026-02-01
            """));
        var ann = org.Find("a")!;

        ann.Name.ShouldBe("Ann New");
        ann.Level.ShouldBe("L4");
        org.Identities.Resolve("ann.old@x.io").ShouldBe(ann.Index);
        org.Identities.Resolve("ann-old").ShouldBe(ann.Index);
        org.Identities.Resolve("ann@x.io").ShouldBe(ann.Index);
    }

    [Fact]
    public void Snapshots_may_come_from_several_files()
    {
        var first = Read("id,name,manager_id,effective_date\nm,Maria,,2026-01-01\na,Ann,m,2026-01-01\n", "jan.csv");
        var second = Read("id,name,manager_id,effective_date\nn,Nils,,2026-02-01\na,Ann,n,2026-02-01\n", "feb.csv");

        var org = Build(new WarningLog(), second, first);

        org.Snapshots.Select(s => s.Path).ShouldBe(["jan.csv", "feb.csv"]);
        org.ManagerOn(org.Find("a")!.Index, D("2026-02-01")).ShouldBe(org.Find("n")!.Index);
        org.IsEmployedOn(org.Find("m")!.Index, D("2026-02-01")).ShouldBeFalse();
    }

    [Fact]
    public void An_effective_date_that_does_not_parse_stops_with_the_file_and_line()
    {
        var error = Should.Throw<UserError>(() => Read("id,name,effective_date\nm,Maria,2026-01-01\na,Ann,01/02/2026\n", "hr.csv"));

        error.Message.ShouldBe("hr.csv:3: effective_date '01/02/2026' is not an ISO date (YYYY-MM-DD); every row of a dated people file needs one.");
    }

    [Fact]
    public void An_empty_effective_date_in_a_dated_file_stops_with_the_file_and_line()
    {
        Should.Throw<UserError>(() => Read("id,name,effective_date\nm,Maria,2026-01-01\na,Ann,\n", "hr.csv")).Message.ShouldStartWith("hr.csv:3: effective_date ''");
    }

    [Fact]
    public void Two_rows_for_one_person_in_one_snapshot_stop_with_the_file_and_line()
    {
        var error = Should.Throw<UserError>(() => Build(new WarningLog(), Read("""
            id,name,manager_id,effective_date
            m,Maria,,2026-01-01
            m,Maria,,2026-02-01
            a,Ann,m,2026-02-01
            a,Ann,m,2026-02-01
            """, "hr.csv")));

        error.Message.ShouldBe("hr.csv:5: duplicate id 'a' (first on line 4); ids must be unique.");
    }

    [Fact]
    public void A_cycle_in_one_snapshot_stops_with_the_file_and_line_even_when_another_snapshot_is_fine()
    {
        var error = Should.Throw<UserError>(() => Build(new WarningLog(), Read("""
            id,name,manager_id,effective_date
            m,Maria,,2026-01-01
            a,Ann,m,2026-01-01
            m,Maria,a,2026-02-01
            a,Ann,m,2026-02-01
            """, "hr.csv")));

        error.Message.ShouldBe("hr.csv:4: reporting cycle m -> a -> m; one manager_id in the cycle must change.");
    }

    [Fact]
    public void A_manager_absent_from_a_snapshot_is_a_warning_and_the_person_is_a_root_in_it()
    {
        var warnings = new WarningLog();
        var org = Build(warnings, Read("""
            id,name,manager_id,effective_date
            m,Maria,,2026-01-01
            a,Ann,m,2026-01-01
            a,Ann,m,2026-02-01
            """, "hr.csv"));

        warnings.Kept.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            w => w.Location.ShouldBe("hr.csv:4"),
            w => w.Message.ShouldBe("manager_id 'm' of 'a' names nobody in the snapshot effective 2026-02-01; 'a' is treated as a root"));
        org.ManagerOn(org.Find("a")!.Index, D("2026-02-01")).ShouldBe(-1);
        org.ManagerOn(org.Find("a")!.Index, D("2026-01-31")).ShouldBe(org.Find("m")!.Index);
    }

    [Fact]
    public void One_effective_date_in_two_files_stops_naming_both()
    {
        var first = Read("id,name,effective_date\nm,Maria,2026-01-01\n", "a.csv");
        var second = Read("id,name,effective_date\nn,Nils,2026-01-01\n", "b.csv");

        Should.Throw<UserError>(() => Build(new WarningLog(), first, second)).Message
            .ShouldBe("b.csv:2: the snapshot effective 2026-01-01 is also given in a.csv; give each snapshot in one file only.");
    }

    [Fact]
    public void A_file_without_effective_dates_is_one_snapshot_for_all_time()
    {
        var org = Build(new WarningLog(), Read("id,name,manager_id\nm,Maria,\na,Ann,m\n"));

        org.Snapshots.ShouldHaveSingleItem().EffectiveDate.ShouldBeNull();
        org.ManagerOn(org.Find("a")!.Index, DateOnly.MinValue).ShouldBe(org.Find("m")!.Index);
        org.ManagerOn(org.Find("a")!.Index, DateOnly.MaxValue).ShouldBe(org.Find("m")!.Index);
    }

    [Fact]
    public void The_subtree_on_a_day_follows_that_days_snapshot()
    {
        var org = Build(new WarningLog(), Read("""
            id,name,manager_id,effective_date
            ceo,Cleo,,2026-01-01
            m,Maria,ceo,2026-01-01
            n,Nils,ceo,2026-01-01
            a,Ann,m,2026-01-01
            b,Bo,a,2026-01-01
            ceo,Cleo,,2026-02-01
            m,Maria,ceo,2026-02-01
            n,Nils,ceo,2026-02-01
            a,Ann,n,2026-02-01
            b,Bo,a,2026-02-01
            """));

        Subtree.Of(org, org.Find("m")!, D("2026-01-31")).Select(i => org[i].Id).Order().ShouldBe(["a", "b", "m"]);
        Subtree.Of(org, org.Find("m")!, D("2026-02-01")).Select(i => org[i].Id).ShouldBe(["m"]);
        Subtree.Of(org, org.Find("n")!, D("2026-02-01")).Select(i => org[i].Id).Order().ShouldBe(["a", "b", "n"]);
    }
}
