using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Sources.People;
using ManagerFocus.Time;

namespace ManagerFocus.Generator.Tests;

public sealed class DemoOrganizationTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    private static readonly Period DemoPeriod = Period.EndingAfter(GeneratorOptions.Demo.End.AddDays(-1));

    [Fact]
    public void People_file_reads_without_warnings_and_has_about_sixty_people()
    {
        var warnings = new WarningLog();

        var org = OrganizationBuilder.Build(PeopleCsvReader.Read(demo.Inputs.PeoplePath, warnings), warnings);

        warnings.Count.ShouldBe(0, string.Join("; ", warnings.Kept.Select(w => w.Message)));
        org.People.Count.ShouldBe(60);
        org.People.ShouldContain(p => p.EndDate != null && DemoPeriod.Contains(p.EndDate.Value));
        org.People.ShouldContain(p => p.StartDate != null && DemoPeriod.Contains(p.StartDate.Value));
        org.People.Select(p => p.TimeZone).Distinct().Count().ShouldBeGreaterThan(2);
    }

    [Fact]
    public void Demo_has_eight_managers_covering_every_span_tier()
    {
        var org = OrganizationBuilder.Build(PeopleCsvReader.Read(demo.Inputs.PeoplePath, new WarningLog()), new WarningLog());

        var managers = new ManagerMetricsCalculator(org, DemoPeriod, MetricSettings.Default).Managers().ToList();
        var spans = managers.Select(m => org.DirectReportsOn(m, DemoPeriod.To.AddDays(-1)).Count).ToList();

        managers.Count.ShouldBe(8);
        spans.ShouldContain(0);
        spans.Select(MetricSettings.Default.TierOf).Distinct().Count().ShouldBe(3);
    }

    [Fact]
    public void Managers_commit_times_give_every_observed_role_as_planned()
    {
        var org = OrganizationBuilder.Build(PeopleCsvReader.Read(demo.Inputs.PeoplePath, new WarningLog()), new WarningLog());
        var plan = OrgPlanner.Build(GeneratorOptions.Demo);
        var commits = CommitTimesByPerson(org);

        var managers = new ManagerMetricsCalculator(org, DemoPeriod, MetricSettings.Default).Managers().ToList();
        var roles = managers.ToDictionary(m => m.Id, m =>
        {
            var share = CodingHours(commits.GetValueOrDefault(m.Index, [])) / WorkingHours.For(m, DemoPeriod);
            return MetricSettings.Default.RoleOf(org.DirectReportsOn(m, DemoPeriod.To.AddDays(-1)).Count, share);
        });

        roles.Values.Distinct().Count().ShouldBe(4);
        foreach (var (id, role) in roles)
        {
            var planned = plan.People.Single(p => p.Id == id);
            role.ShouldBe(plan.Reports[planned.Index].Any(r => plan.People[r].End is null) ? Expected(planned.Persona) : ObservedRole.Ic, id);
        }
    }

    [Fact]
    public void Latest_activity_is_the_day_before_the_fixed_end()
    {
        var latest = demo.Repositories
            .SelectMany(r => DemoFixture.Git(r, "log", "--all", "--format=%at").Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .Max(long.Parse);

        Period.DayOf(latest).ShouldBe(GeneratorOptions.Demo.End.AddDays(-1));
    }

    private static ObservedRole Expected(Persona persona) => persona switch
    {
        Persona.CodingManager => ObservedRole.CodingManager,
        Persona.Hybrid => ObservedRole.Hybrid,
        _ => ObservedRole.Manager,
    };

    /// <summary>DESIGN.md's session rule: commits at most 2 h apart form a session lasting first to last plus 30 min.</summary>
    private static double CodingHours(List<long> times)
    {
        times.Sort();
        var hours = 0.0;
        for (var i = 0; i < times.Count;)
        {
            var j = i;
            while (j + 1 < times.Count && times[j + 1] - times[j] <= 7200)
            {
                j++;
            }

            hours += (times[j] - times[i] + 1800) / 3600.0;
            i = j + 1;
        }

        return hours;
    }

    private Dictionary<int, List<long>> CommitTimesByPerson(Organization org)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var byPerson = new Dictionary<int, List<long>>();
        foreach (var repo in demo.Repositories)
        {
            var log = DemoFixture.Git(repo, "log", "--all", "--no-merges", "--use-mailmap", "--format=%H|%aE|%aN|%at");
            foreach (var fields in log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('|')))
            {
                var unix = long.Parse(fields[3]);
                var person = org.Identities.Resolve(fields[1]) is var byEmail and >= 0 ? byEmail : org.Identities.Resolve(fields[2]);
                if (seen.Add(fields[0]) && person >= 0 && DemoPeriod.Contains(unix))
                {
                    (byPerson.TryGetValue(person, out var list) ? list : byPerson[person] = []).Add(unix);
                }
            }
        }

        return byPerson;
    }
}
