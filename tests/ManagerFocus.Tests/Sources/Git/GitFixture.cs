using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Sources.Git;
using ManagerFocus.Sources.People;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Sources.Git;

/// <summary>A small organization and the import of git paths against it, for the git tests.</summary>
internal sealed class GitFixture
{
    public static readonly Period January = new(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 2));

    public GitFixture()
    {
        Organization = OrganizationBuilder.Build(PeopleCsvReader.Read(new StringReader("""
            id,name,email,manager_id,aliases
            ada,Ada Lovelace,ada@corp.com,,ada-gh;Countess Ada
            bob,Bob Builder,bob@corp.com,ada,
            """), "people.csv", Warnings), Warnings);
    }

    public Organization Organization { get; }

    public WarningLog Warnings { get; } = new();

    public string Folder { get; } = TestRepository.NewFolder();

    public int Ada => Organization.Find("ada")!.Index;

    public int Bob => Organization.Find("bob")!.Index;

    public TestRepository Repository(string name = "repo", bool bare = false) =>
        TestRepository.Init(Path.Combine(Folder, name), bare);

    public CommitLog Import(params string[] paths) =>
        CommitLog.Attribute(new GitImporter(Warnings).Import(paths), Organization.Identities, MetricSettings.Default);

    public double CodingHours(CommitLog log, int person, Period? period = null)
    {
        var ledger = new TimeLedger(Organization.People.Count, period ?? January);
        log.AddCoding(ledger, MetricSettings.Default);
        return ledger.Total(person, Category.Coding);
    }

    public IEnumerable<string> WarningsAbout(string location) =>
        Warnings.Kept.Where(w => w.Location == location).Select(w => w.Message);
}
