using System.Buffers.Binary;
using ManagerFocus.Activity;
using ManagerFocus.Storage;

namespace ManagerFocus.Benchmarks.Storage;

/// <summary>
/// Synthetic activity records in the proportions of the target organization (1.3 M commits, 250,000 pull requests,
/// 550,000 reviews, 10,000 calendar files with 300,000 events, 10,000 people), spread over three years, scaled by commits.
/// </summary>
internal sealed record StorageData(
    PeopleFile People,
    IReadOnlyList<RepositoryActivity> Repositories,
    IReadOnlyList<ReviewExport> ReviewExports,
    IReadOnlyList<CalendarFileRecord> Calendars,
    OutcomeFile<SurveyRecord> Survey,
    OutcomeFile<ExitRecord> Exits)
{
    public const int FullCommits = 1_300_000;
    public static readonly long End = new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    public static readonly long Start = End - (3 * 365 * 86_400L);

    public int Commits => Repositories.Sum(r => r.Commits.Count);

    public int PullRequests => ReviewExports.Sum(e => e.PullRequests.Count);

    public int Reviews => ReviewExports.Sum(e => e.Reviews.Count);

    public int Events => Calendars.Sum(c => c.Events.Count);

    public static StorageData Generate(int commits)
    {
        var scale = commits / (double)FullCommits;
        const int People = 10_000;
        var random = new Random(20261102);
        var identities = Enumerable.Range(0, People * 6 / 5)
            .Select(i => new AuthorIdentity($"dev{i % People}{(i >= People ? "@users.noreply.github.com" : "@example.com")}", $"Developer {i % People}"))
            .ToArray();
        var people = new PeopleFile("/org/people.csv", Enumerable.Range(0, People).Select(p => new PersonRecord(
            p + 2, $"p{p}", $"Developer {p}", $"dev{p}@example.com", p == 0 ? null : $"p{(p - 1) / 8}", "Engineer", $"team-{p / 8}",
            "L4", "ic", [$"dev{p}-gh"], new DateOnly(2020, 1, 1), null, "Europe/Berlin")).ToList());

        var repositories = Split(commits, Math.Max(1, (int)(1000 * scale)), (r, count) => new RepositoryActivity(
            $"/src/repo-{r:D4}",
            Enumerable.Range(0, count).Select(_ => new CommitRecord(RandomHash(random), identities[random.Next(identities.Length)], Time(random))).ToList(),
            ["refs/heads/main 0123456789abcdef0123456789abcdef01234567"]));

        var pullRequests = (int)(250_000 * scale);
        var number = 0;
        var exports = Split(pullRequests, Math.Max(1, (int)(200 * scale)), (e, count) =>
        {
            var prs = new List<PullRequest>(count);
            var reviews = new List<Review>(count * 11 / 5);
            for (var i = 0; i < count; i++, number++)
            {
                var repository = $"acme/service-{number % 997}";
                var created = Time(random);
                prs.Add(new PullRequest(repository, number, $"dev{random.Next(People)}-gh", number % 50 == 0, created));
                for (var r = 0; r < (i % 5 == 0 ? 3 : 2); r++)
                {
                    reviews.Add(new Review(repository, number, (number * 4L) + r, $"dev{random.Next(People)}-gh", created + 3_600 + (r * 7_200)));
                }
            }

            return new ReviewExport($"/exports/github-{e:D3}.json", prs, reviews);
        });

        var calendars = Enumerable.Range(0, Math.Max(1, (int)(10_000 * scale))).Select(c => new CalendarFileRecord(
            $"/calendars/dev{c}.ics",
            Enumerable.Range(0, 30).Select(e => Event(c, e, Time(random))).ToList(),
            "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE",
            "Europe/Berlin")).ToList();

        var survey = new OutcomeFile<SurveyRecord>("/org/survey.csv",
            Enumerable.Range(0, People).Select(p => new SurveyRecord(p + 2, $"p{p}", new DateOnly(2026, 6, 30), 1 + (p % 5))).ToList());
        var exits = new OutcomeFile<ExitRecord>("/org/exits.csv",
            Enumerable.Range(0, People / 20).Select(p => new ExitRecord(p + 2, $"p{p * 20}", new DateOnly(2026, 3, 1).AddDays(p), p % 3 != 0)).ToList());
        return new StorageData(people, repositories, exports, calendars, survey, exits);
    }

    /// <summary>Everything, as a first import writes it: each file looked up by key first, as the importer does to skip unchanged ones.</summary>
    public void ImportInto(Workspace workspace)
    {
        using var import = workspace.BeginImport();
        import.Find(SourceKind.People, People.Path);
        import.ReplacePeople([People], "sha256:people", []);
        foreach (var repository in Repositories)
        {
            import.Find(SourceKind.Git, repository.Repository);
            import.AddCommits(repository, []);
        }

        foreach (var export in ReviewExports)
        {
            import.Find(SourceKind.Reviews, export.Path);
            import.ReplaceReviews(export, "sha256:reviews", []);
        }

        foreach (var calendar in Calendars)
        {
            import.Find(SourceKind.Calendar, calendar.Path);
            import.ReplaceCalendar(calendar, "sha256:calendar", []);
        }

        import.ReplaceSurvey(Survey, "sha256:survey", []);
        import.ReplaceExits(Exits, "sha256:exits", []);
        import.Commit();
    }

    private static List<T> Split<T>(int total, int parts, Func<int, int, T> make) =>
        Enumerable.Range(0, parts).Select(p => make(p, (total / parts) + (p < total % parts ? 1 : 0))).ToList();

    private static long Time(Random random) => Start + random.NextInt64(End - Start);

    private static CommitId RandomHash(Random random)
    {
        Span<byte> bytes = stackalloc byte[20];
        random.NextBytes(bytes);
        return new CommitId(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]),
            0);
    }

    private static CalendarEventRecord Event(int file, int index, long start)
    {
        // The size of a typical encoded event: times, a rule on every third, an organizer and four attendees.
        var data = new byte[(index % 3 == 0 ? 140 : 110) + (file % 17)];
        BitConverter.TryWriteBytes(data, start);
        return new CalendarEventRecord(10 + (index * 14), $"{file}-{index}@calendar.example.com", null, data);
    }
}
