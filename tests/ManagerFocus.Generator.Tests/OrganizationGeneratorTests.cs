using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources.People;

namespace ManagerFocus.Generator.Tests;

public sealed class OrganizationGeneratorTests : IDisposable
{
    private readonly List<string> _folders = [];

    [Fact]
    public void Same_seed_writes_the_same_bytes()
    {
        var options = new GeneratorOptions { People = 30, Seed = 7 };

        var first = Generate(options);
        var second = Generate(options);

        File.ReadAllBytes(second.PeoplePath).ShouldBe(File.ReadAllBytes(first.PeoplePath));
        foreach (var calendar in Directory.GetFiles(first.CalendarPaths[0]).Take(5))
        {
            File.ReadAllBytes(Path.Combine(second.CalendarPaths[0], Path.GetFileName(calendar))).ShouldBe(File.ReadAllBytes(calendar), calendar);
        }

        var repo = Directory.GetDirectories(first.GitPaths[0])[0];
        DemoFixture.Git(Path.Combine(second.GitPaths[0], Path.GetFileName(repo)), "rev-parse", "HEAD").ShouldBe(DemoFixture.Git(repo, "rev-parse", "HEAD"));
    }

    [Fact]
    public void Another_seed_writes_another_organization()
    {
        var first = Generate(new GeneratorOptions { People = 30, Seed = 1 });
        var second = Generate(new GeneratorOptions { People = 30, Seed = 2 });

        File.ReadAllBytes(second.PeoplePath).ShouldNotBe(File.ReadAllBytes(first.PeoplePath));
    }

    [Fact]
    public void A_generated_organization_is_a_multi_level_tree_of_about_ten_percent_managers()
    {
        var plan = OrgPlanner.Build(new GeneratorOptions { People = 2000, Seed = 3 });

        var managers = plan.People.Where(p => plan.Reports[p.Index].Count > 0).ToList();
        var depth = plan.People.Max(p => Depth(plan, p));

        plan.People.Count.ShouldBe(2000);
        managers.Count.ShouldBeInRange(180, 220);
        managers.ShouldAllBe(m => plan.Reports[m.Index].Count >= 1 && plan.Reports[m.Index].Count <= 20);
        managers.Count(m => plan.Reports[m.Index].Count > 10).ShouldBeGreaterThan(10);
        depth.ShouldBeGreaterThanOrEqualTo(3);
        managers.Select(m => m.Persona).Distinct().Count().ShouldBe(3);
        plan.People.ShouldContain(p => p.DeclaredTrack == "management" && p.Persona == Persona.CodingManager);
    }

    [Fact]
    public void People_file_of_a_generated_organization_reads_without_warnings()
    {
        var inputs = Generate(new GeneratorOptions { People = 120, Seed = 5 });
        var warnings = new WarningLog();

        var org = OrganizationBuilder.Build(PeopleCsvReader.Read(inputs.PeoplePath, warnings), warnings);

        warnings.Count.ShouldBe(0, string.Join("; ", warnings.Kept.Select(w => w.Message)));
        org.People.Count.ShouldBe(120);
        inputs.Summary.Calendars.ShouldBe(120);
        inputs.Summary.PullRequests.ShouldBeGreaterThan(0);
    }

    private static int Depth(OrgPlan plan, PlannedPerson person)
    {
        var depth = 0;
        for (var p = person; p.Manager >= 0; p = plan.People[p.Manager])
        {
            depth++;
        }

        return depth;
    }

    public void Dispose()
    {
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private GeneratedInputs Generate(GeneratorOptions options)
    {
        var folder = Directory.CreateTempSubdirectory("mf-gen-test-").FullName;
        _folders.Add(folder);
        return new OrganizationGenerator(options).Generate(folder);
    }
}
