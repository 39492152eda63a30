namespace ManagerFocus.Generator;

/// <summary>The generated organization before any file is written: people, teams, repositories and dates.</summary>
internal sealed class OrgPlan(GeneratorOptions options, List<PlannedPerson> people, IReadOnlyList<string> repositories)
{
    public const string GithubOrg = "acme";

    public GeneratorOptions Options => options;

    public List<PlannedPerson> People => people;

    public IReadOnlyList<string> Repositories => repositories;

    /// <summary>Direct reports of each person, leavers included, by index.</summary>
    public List<int>[] Reports { get; } = BuildReports(people);

    /// <summary>The day after the last generated activity.</summary>
    public DateOnly End => options.End;

    /// <summary>First day of the default 13-week period.</summary>
    public DateOnly From => options.End.AddDays(-91);

    /// <summary>Calendars reach back a year.</summary>
    public DateOnly HistoryStart => options.End.AddDays(-364);

    /// <summary>Git history starts four weeks before the period.</summary>
    public DateOnly GitStart => From.AddDays(-28);

    public long EndUnix => Unix(End);

    /// <summary>The manager who reviews their reports' pull requests much later than anyone else.</summary>
    public int Bottleneck { get; set; } = -1;

    public int Seed => options.Seed;

    public static long Unix(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();

    private static List<int>[] BuildReports(List<PlannedPerson> people)
    {
        var reports = new List<int>[people.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = [];
        }

        foreach (var person in people.Where(p => p.Manager >= 0))
        {
            reports[person.Manager].Add(person.Index);
        }

        return reports;
    }
}
