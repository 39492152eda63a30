using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Sources.People;

namespace ManagerFocus.Tests;

/// <summary>Small builders so each test states only what matters to it.</summary>
internal static class Builders
{
    public static Organization Org(string csv) =>
        OrganizationBuilder.Build(PeopleCsvReader.Read(new StringReader(csv), "people.csv", new WarningLog()), new WarningLog());

    public static Person Person(string id, string? track = null, string name = "") => new()
    {
        Index = 0,
        Id = id,
        Name = name.Length > 0 ? name : id.ToUpperInvariant(),
        DeclaredTrack = track switch
        {
            "ic" => Track.Ic,
            "management" => Track.Management,
            "hybrid" => Track.Hybrid,
            _ => null,
        },
    };

    /// <summary>A manager with <paramref name="reports"/> direct reports and the given shares of 100 working hours.</summary>
    public static ManagerFigures Manager(
        int reports,
        double? coding = null,
        double? coverage = null,
        string? track = null,
        ReviewBottleneckFigures? bottleneck = null,
        MetricSettings? settings = null)
    {
        settings ??= MetricSettings.Default;
        var people = Enumerable.Range(1, reports).Select(i => Person($"r{i}")).ToList();
        return new ManagerFigures
        {
            Manager = Person("m", track, "Maria"),
            DirectReports = people,
            SpanTier = settings.TierOf(reports),
            WorkingHours = 100,
            CodingHours = coding * 100,
            OneOnOneCoverage = coverage,
            ReportsWithoutOneOnOne = coverage is { } c ? people.Take((int)Math.Round(reports * (1 - c))).ToList() : null,
            ReviewBottleneck = bottleneck,
            ObservedRole = coding is { } share ? settings.RoleOf(reports, share) : reports == 0 ? ObservedRole.Ic : null,
        };
    }
}
