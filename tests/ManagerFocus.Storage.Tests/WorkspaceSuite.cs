using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Storage.Tests.Databases;
using static ManagerFocus.Storage.Tests.Records;

namespace ManagerFocus.Storage.Tests;

/// <summary>
/// The one storage suite: every test here runs against SQLite and against PostgreSQL (as Dapper runs one suite against
/// every provider), each in a database of its own.
/// </summary>
public abstract class WorkspaceSuite : IDisposable
{
    private static readonly string[] PrivateWords = ["title", "summary", "description", "location", "message", "body", "subject"];
    private ITestDatabase? _database;

    private protected FixedTime Time { get; } = new(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero));

    protected ITestDatabase Database => _database ??= CreateDatabase();

    public void Dispose()
    {
        _database?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected abstract ITestDatabase CreateDatabase();

    protected Workspace Open() => Workspace.Open(Database.Location, time: Time);

    private void Import(Action<WorkspaceImport> write)
    {
        using var workspace = Open();
        using var import = workspace.BeginImport();
        write(import);
        import.Commit();
    }

    private StoredActivity Load(long? from = null, long? to = null)
    {
        using var workspace = Open();
        return workspace.Load(from, to);
    }

    [Fact]
    public void A_new_workspace_is_empty_and_loads_nothing()
    {
        // Given / When
        using var workspace = Open();
        var activity = workspace.Load();

        // Then
        workspace.IsEmpty.ShouldBeTrue();
        workspace.Sources().ShouldBeEmpty();
        activity.People.ShouldBeEmpty();
        activity.Repositories.ShouldBeEmpty();
        activity.Survey.ShouldBeNull();
        activity.Exits.ShouldBeNull();
    }

    [Fact]
    public void Commits_round_trip_with_sha1_and_sha256_hashes_and_unicode_identities()
    {
        // Given
        var commits = new[] { Commit(1, Ana, 1_700_000_000), Commit(2, Bo, 1_700_000_100, sha256: true), Commit(3, Ana, -5) };

        // When
        Import(i => i.AddCommits(new RepositoryActivity("/repos/α-service", commits, ["refs/heads/main abc", "refs/tags/v1 def"]), []));
        var activity = Load();

        // Then
        var repository = activity.Repositories.ShouldHaveSingleItem();
        repository.Repository.ShouldBe("/repos/α-service");
        repository.Tips.ShouldBe(["refs/heads/main abc", "refs/tags/v1 def"]);
        repository.Commits.ShouldBe(commits, ignoreOrder: true);
        repository.Commits.Single(c => c.Hash == Sha256(2)).Hash.IsSha1.ShouldBeFalse();
    }

    [Fact]
    public void AddCommits_writes_only_commits_the_repository_does_not_have_and_replaces_its_tips()
    {
        // Given
        Import(i => i.AddCommits(new RepositoryActivity("/repos/a", [Commit(1, Ana, 10), Commit(2, Ana, 20)], ["main 1"]), []));

        // When
        int added = 0;
        Import(i => added = i.AddCommits(new RepositoryActivity("/repos/a", [Commit(2, Ana, 20), Commit(3, Bo, 30), Commit(3, Bo, 30)], ["main 3"]), []));

        // Then
        added.ShouldBe(1);
        var repository = Load().Repositories.ShouldHaveSingleItem();
        repository.Commits.Select(c => c.AuthorUnix).ShouldBe([10L, 20L, 30L], ignoreOrder: true);
        repository.Tips.ShouldBe(["main 3"]);
        using var workspace = Open();
        workspace.Sources().ShouldHaveSingleItem().Records.ShouldBe(3);
    }

    [Fact]
    public void The_same_commit_in_two_repositories_is_kept_in_each()
    {
        // Given / When
        int first = 0, second = 0;
        Import(i =>
        {
            first = i.AddCommits(Repository("/repos/a", Commit(1, Ana, 10)), []);
            second = i.AddCommits(Repository("/repos/fork-of-a", Commit(1, Ana, 10)), []);
        });

        // Then
        (first, second).ShouldBe((1, 1));
        Load().Repositories.Select(r => r.Commits.Count).ShouldBe([1, 1]);
    }

    [Fact]
    public void AddCommits_replaces_the_repository_warnings()
    {
        // Given
        Import(i => i.AddCommits(Repository("/repos/a", Commit(1, Ana, 10)), [Warn("/repos/a", 1, "old problem")]));

        // When
        Import(i => i.AddCommits(Repository("/repos/a", Commit(2, Ana, 20)), [Warn("/repos/a", 2, "new problem")]));

        // Then
        Load().ImportWarnings.ShouldBe([Warn("/repos/a", 2, "new problem")]);
    }

    [Fact]
    public void Pull_requests_and_reviews_round_trip_every_field_and_null()
    {
        // Given
        var pullRequests = new[]
        {
            new PullRequest("acme/ünicode", 1, "ana", false, 1_700_000_000),
            new PullRequest("acme/ünicode", 2, null, false, null),
            new PullRequest("acme/other", 1, "dependabot[bot]", true, 1_700_000_500),
        };
        var reviews = new[]
        {
            new Review("acme/ünicode", 1, 9_000_000_001, "bo", 1_700_000_100),
            new Review("acme/other", 1, 42, "ana", 1_700_000_600),
        };

        // When
        Import(i => i.ReplaceReviews(new ReviewExport("/exports/reviews.json", pullRequests, reviews), "sha256:aa", []));
        var export = Load().ReviewExports.ShouldHaveSingleItem();

        // Then
        export.Path.ShouldBe("/exports/reviews.json");
        export.PullRequests.ShouldBe(pullRequests, ignoreOrder: true);
        export.Reviews.ShouldBe(reviews, ignoreOrder: true);
    }

    [Fact]
    public void A_replaced_review_export_keeps_no_old_rows()
    {
        // Given
        Import(i => i.ReplaceReviews(new ReviewExport("/e.json", [new PullRequest("a/b", 1, "ana", false, 10)], [new Review("a/b", 1, 1, "bo", 11)]), "h1", [Warn("/e.json", 1, "old")]));

        // When
        Import(i => i.ReplaceReviews(new ReviewExport("/e.json", [new PullRequest("a/b", 2, "bo", false, 20)], [new Review("a/b", 2, 2, "ana", 21)]), "h2", []));

        // Then
        var export = Load().ReviewExports.ShouldHaveSingleItem();
        export.PullRequests.ShouldBe([new PullRequest("a/b", 2, "bo", false, 20)]);
        export.Reviews.ShouldBe([new Review("a/b", 2, 2, "ana", 21)]);
        Load().ImportWarnings.ShouldBeEmpty();
        using var workspace = Open();
        workspace.Sources().ShouldHaveSingleItem().ContentHash.ShouldBe("h2");
    }

    [Fact]
    public void Calendar_files_round_trip_events_zones_and_default_zone()
    {
        // Given
        var file = new CalendarFileRecord(
            "/calendars/ana.ics",
            [new CalendarEventRecord(7, "uid-1@x", null, new byte[] { 1, 2, 3, 0, 255 }),
             new CalendarEventRecord(19, "uid-1@x", "Europe/Berlin:20261109T090000", new byte[] { 0 }),
             new CalendarEventRecord(30, null, null, Enumerable.Range(0, 5000).Select(b => (byte)(b * 7)).ToArray())],
            "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nEND:VTIMEZONE",
            "Europe/Berlin");
        var bare = new CalendarFileRecord("/calendars/bo.ics", [], "", null);

        // When
        Import(i =>
        {
            i.ReplaceCalendar(file, "h-ana", []);
            i.ReplaceCalendar(bare, "h-bo", []);
        });
        var calendars = Load().Calendars;

        // Then
        calendars.Count.ShouldBe(2);
        calendars[0].Path.ShouldBe(file.Path);
        calendars[0].Events.ShouldBe(file.Events);
        calendars[0].Zones.ShouldBe(file.Zones);
        calendars[0].DefaultZone.ShouldBe("Europe/Berlin");
        calendars[1].Events.ShouldBeEmpty();
        calendars[1].DefaultZone.ShouldBeNull();
    }

    [Fact]
    public void A_calendar_whose_stored_events_are_damaged_loads_without_them_and_says_so()
    {
        // Given two calendars, one of whose stored events were damaged outside ManagerFocus
        Import(i =>
        {
            i.ReplaceCalendar(new CalendarFileRecord("/c/ana.ics", [Event(1, "a", 10), Event(9, "b", 20)], "", null), "h1", []);
            i.ReplaceCalendar(new CalendarFileRecord("/c/bo.ics", [Event(3, "c", 30)], "", null), "h2", []);
        });
        Database.Execute("UPDATE calendar_files SET events = substr(events, 1, 20) WHERE source_id = (SELECT id FROM sources WHERE key = '/c/ana.ics')");

        // When
        var activity = Load();

        // Then the other calendar counts, and the damaged one is a warning naming it
        activity.Calendars.Single(c => c.Path == "/c/ana.ics").Events.ShouldBeEmpty();
        activity.Calendars.Single(c => c.Path == "/c/bo.ics").Events.ShouldBe([Event(3, "c", 30)]);
        activity.ImportWarnings.ShouldHaveSingleItem().Location.ShouldBe("/c/ana.ics");
    }

    [Fact]
    public void A_replaced_calendar_file_keeps_no_old_events()
    {
        // Given
        Import(i => i.ReplaceCalendar(new CalendarFileRecord("/c.ics", [Event(1, "old", 10), Event(9, "old-2", 20)], "Z1", "UTC"), "h1", []));

        // When
        Import(i => i.ReplaceCalendar(new CalendarFileRecord("/c.ics", [Event(3, "new", 30)], "Z2", null), "h2", []));

        // Then
        var calendar = Load().Calendars.ShouldHaveSingleItem();
        calendar.Events.ShouldBe([Event(3, "new", 30)]);
        calendar.Zones.ShouldBe("Z2");
        calendar.DefaultZone.ShouldBeNull();
    }

    [Fact]
    public void People_round_trip_every_field_nulls_and_aliases_in_import_order()
    {
        // Given
        var full = Person(2, "m1") with { ManagerEmail = "Director@Example.com" };
        var sparse = new PersonRecord(3, null, null, null, null, null, null, null, null, [], null, new DateOnly(2025, 12, 31), null);
        var files = new[] { new PeopleFile("/org/people.csv", [full, sparse]), new PeopleFile("/org/contractors.csv", [Person(2, "c1", "m1")]) };

        // When
        Import(i => i.ReplacePeople(files, "h", []));
        var people = Load().People;

        // Then
        people.Select(p => p.Path).ShouldBe(["/org/people.csv", "/org/contractors.csv"]);
        ShouldMatch(people[0].Rows, files[0].Rows);
        ShouldMatch(people[1].Rows, files[1].Rows);
    }

    [Fact]
    public void Dated_people_snapshots_round_trip_with_their_effective_dates_and_each_files_content_hash()
    {
        // Given two files: one with two snapshots, one without effective dates
        var jan = new DateOnly(2026, 1, 1);
        var feb = new DateOnly(2026, 2, 2);
        var dated = new PeopleFile("/org/history.csv",
        [
            Person(2, "m1") with { EffectiveDate = jan }, Person(3, "a1", "m1") with { EffectiveDate = jan },
            Person(4, "m1") with { EffectiveDate = feb }, Person(5, "a1", "m2") with { EffectiveDate = feb }, Person(6, "m2") with { EffectiveDate = feb },
        ]);
        var undated = new PeopleFile("/org/contractors.csv", [Person(2, "c1")]);

        // When
        Import(i => i.ReplacePeople([dated, undated], ["h-history", "h-contractors"], []));
        var people = Load().People;

        // Then every snapshot row comes back with its date, and each file keeps its own hash
        people.Select(p => p.Path).ShouldBe(["/org/history.csv", "/org/contractors.csv"]);
        ShouldMatch(people[0].Rows, dated.Rows);
        ShouldMatch(people[1].Rows, undated.Rows);
        people[1].Rows.ShouldHaveSingleItem().EffectiveDate.ShouldBeNull();
        using var workspace = Open();
        workspace.Sources().Select(s => (s.Key, s.ContentHash)).Order().ShouldBe([("/org/contractors.csv", "h-contractors"), ("/org/history.csv", "h-history")]);
    }

    [Fact]
    public void A_workspace_from_before_dated_snapshots_is_upgraded_and_its_people_read_as_one_snapshot()
    {
        // Given a workspace whose people were stored before the snapshot migration (its column and version undone)
        var rows = new[] { Person(2, "m1"), Person(3, "a1", "m1") };
        Import(i => i.ReplacePeople([new PeopleFile("/org/people.csv", rows)], "h", []));
        var snapshots = MigrationRunner.Migrations("Sqlite").Single(m => m.Name.EndsWith("_people_snapshots.sql", StringComparison.Ordinal)).Version;
        Database.Execute("ALTER TABLE people DROP COLUMN effective_date");
        Database.Execute($"DELETE FROM schema_version WHERE version = {snapshots}");

        // When this build opens it
        var people = Load().People;

        // Then the column is back, the rows read as one snapshot for all time, and dated rows can be stored
        people.ShouldHaveSingleItem().Rows.ShouldAllBe(r => r.EffectiveDate == null);
        ShouldMatch(people[0].Rows, rows);
        Database.Columns().ShouldContain(("people", "effective_date"));
        Import(i => i.ReplacePeople([new PeopleFile("/org/people.csv", [rows[0] with { EffectiveDate = new DateOnly(2026, 2, 2) }])], "h2", []));
        Load().People.ShouldHaveSingleItem().Rows.ShouldHaveSingleItem().EffectiveDate.ShouldBe(new DateOnly(2026, 2, 2));
    }

    [Fact]
    public void ReplacePeople_replaces_every_people_file()
    {
        // Given
        Import(i => i.ReplacePeople([new PeopleFile("/old.csv", [Person(2, "a")]), new PeopleFile("/old-2.csv", [Person(2, "b")])], "h1", [Warn("/old.csv", 2, "old")]));

        // When
        Import(i => i.ReplacePeople([new PeopleFile("/new.csv", [Person(2, "c")])], "h2", [Warn("/new.csv", 2, "new")]));

        // Then
        var activity = Load();
        activity.People.ShouldHaveSingleItem().Rows.ShouldHaveSingleItem().Id.ShouldBe("c");
        activity.ImportWarnings.ShouldBe([Warn("/new.csv", 2, "new")]);
    }

    [Fact]
    public void Survey_and_exits_round_trip_and_are_replaced_as_one_current_file()
    {
        // Given
        Import(i =>
        {
            i.ReplaceSurvey(new OutcomeFile<SurveyRecord>("/old-survey.csv", [new SurveyRecord(2, "x", new DateOnly(2025, 1, 1), 1)]), "s1", []);
            i.ReplaceExits(new OutcomeFile<ExitRecord>("/old-exits.csv", [new ExitRecord(2, "x", new DateOnly(2025, 1, 1), false)]), "e1", []);
        });
        var survey = new OutcomeFile<SurveyRecord>("/survey.csv", [new SurveyRecord(2, "p1", new DateOnly(2026, 3, 31), 5), new SurveyRecord(3, "p2", new DateOnly(2026, 4, 1), 1)]);
        var exits = new OutcomeFile<ExitRecord>("/exits.csv", [new ExitRecord(4, "p3", new DateOnly(2026, 5, 2), true), new ExitRecord(2, "p4", new DateOnly(2026, 1, 9), false)]);

        // When
        Import(i =>
        {
            i.ReplaceSurvey(survey, "s2", []);
            i.ReplaceExits(exits, "e2", []);
        });
        var activity = Load();

        // Then
        activity.Survey!.Path.ShouldBe("/survey.csv");
        activity.Survey.Rows.ShouldBe(survey.Rows);
        activity.Exits!.Path.ShouldBe("/exits.csv");
        activity.Exits.Rows.ShouldBe(exits.Rows);
    }

    [Fact]
    public void Load_restricts_commits_pull_requests_and_reviews_to_the_window()
    {
        // Given a window [100, 200)
        Import(i =>
        {
            i.AddCommits(Repository("/r", Commit(1, Ana, 99), Commit(2, Ana, 100), Commit(3, Bo, 199), Commit(4, Bo, 200)), []);
            i.AddCommits(Repository("/quiet", Commit(5, Ana, 10)), []);
            i.ReplaceReviews(new ReviewExport("/e.json",
                [new PullRequest("a/b", 1, "ana", false, 150), new PullRequest("a/b", 2, "ana", false, 50),
                 new PullRequest("a/b", 3, "ana", false, 50), new PullRequest("a/b", 4, "ana", false, null),
                 new PullRequest("a/b", 5, "ana", false, 250)],
                [new Review("a/b", 2, 20, "bo", 120), new Review("a/b", 3, 30, "bo", 60), new Review("a/b", 4, 40, "bo", 199),
                 new Review("a/b", 1, 10, "bo", 260)]), "h", []);
            i.ReplaceCalendar(new CalendarFileRecord("/c.ics", [Event(1, "u", 5)], "", null), "h", []);
        });

        // When
        var activity = Load(100, 200);

        // Then commits by author time, pull requests created or reviewed in it, reviews by submission; all calendars
        activity.Repositories.Single(r => r.Repository == "/r").Commits.Select(c => c.AuthorUnix).ShouldBe([100L, 199L], ignoreOrder: true);
        activity.Repositories.Single(r => r.Repository == "/quiet").Commits.ShouldBeEmpty();
        var export = activity.ReviewExports.ShouldHaveSingleItem();
        export.PullRequests.Select(p => p.Number).ShouldBe([1, 2, 4], ignoreOrder: true);
        export.Reviews.Select(r => r.Id).ShouldBe([20L, 40L], ignoreOrder: true);
        activity.Calendars.ShouldHaveSingleItem().Events.Count.ShouldBe(1);
        Load(from: 150).Repositories.Single(r => r.Repository == "/r").Commits.Count.ShouldBe(2);
        Load(to: 100).Repositories.Sum(r => r.Commits.Count).ShouldBe(2);
    }

    [Fact]
    public void Span_gives_the_latest_commit_of_each_author_and_the_latest_pull_request_and_review()
    {
        // Given
        Import(i =>
        {
            i.AddCommits(Repository("/a", Commit(1, Ana, 10), Commit(2, Ana, 30), Commit(3, Bo, 20)), []);
            i.AddCommits(Repository("/b", Commit(4, Ana, 25), Commit(5, Bo, 40)), []);
            i.ReplaceReviews(new ReviewExport("/e.json", [new PullRequest("a/b", 1, "ana", false, 70), new PullRequest("a/b", 2, null, false, null)], [new Review("a/b", 1, 1, "bo", 80)]), "h", []);
        });

        // When
        using var workspace = Open();
        var span = workspace.Span();

        // Then
        span.LatestCommitByAuthor.ShouldBe([(Ana, 30L), (Bo, 40L)], ignoreOrder: true);
        span.LatestPullRequestUnix.ShouldBe(70);
        span.LatestReviewUnix.ShouldBe(80);
    }

    [Fact]
    public void Span_of_an_empty_workspace_holds_nothing()
    {
        // Given / When
        using var workspace = Open();
        var span = workspace.Span();

        // Then
        span.LatestCommitByAuthor.ShouldBeEmpty();
        span.LatestPullRequestUnix.ShouldBeNull();
        span.LatestReviewUnix.ShouldBeNull();
    }

    [Fact]
    public void Warnings_come_back_in_source_order_then_their_own_order()
    {
        // Given
        Import(i =>
        {
            i.ReplaceCalendar(new CalendarFileRecord("/c.ics", [], "", null), "h", [Warn("/c.ics", 9, "second ✓"), Warn("/c.ics", 3, "first")]);
            i.AddCommits(Repository("/r"), [Warn("/r", 0, "shallow clone")]);
            i.ReplacePeople([new PeopleFile("/p.csv", [])], "h", [Warn("/p.csv", 4, "no manager"), Warn("/other.csv", 2, "kept with its own source")]);
        });

        // When
        var warnings = Load().ImportWarnings;

        // Then
        warnings.ShouldBe([Warn("/c.ics", 9, "second ✓"), Warn("/c.ics", 3, "first"), Warn("/r", 0, "shallow clone"),
            Warn("/p.csv", 4, "no manager"), Warn("/other.csv", 2, "kept with its own source")]);
    }

    [Fact]
    public void Sources_list_kind_key_hash_tips_import_time_and_records()
    {
        // Given
        Import(i => i.ReplaceCalendar(new CalendarFileRecord("/c.ics", [Event(1, "a", 1), Event(2, "b", 2)], "", null), "sha256:c", []));
        Time.Now = Time.Now.AddHours(1);
        Import(i => i.AddCommits(new RepositoryActivity("/r", [Commit(1, Ana, 1)], ["main 1", "dev 2"]), []));

        // When
        using var workspace = Open();
        var sources = workspace.Sources();

        // Then
        sources.Count.ShouldBe(2);
        sources[0].ShouldSatisfyAllConditions(
            s => s.Kind.ShouldBe(SourceKind.Calendar),
            s => s.Key.ShouldBe("/c.ics"),
            s => s.ContentHash.ShouldBe("sha256:c"),
            s => s.Tips.ShouldBeEmpty(),
            s => s.ImportedAt.ShouldBe(new DateTimeOffset(2026, 11, 2, 9, 30, 0, TimeSpan.Zero)),
            s => s.Records.ShouldBe(2));
        sources[1].ShouldSatisfyAllConditions(
            s => s.Kind.ShouldBe(SourceKind.Git),
            s => s.ContentHash.ShouldBeNull(),
            s => s.Tips.ShouldBe(["main 1", "dev 2"]),
            s => s.ImportedAt.ShouldBe(new DateTimeOffset(2026, 11, 2, 10, 30, 0, TimeSpan.Zero)),
            s => s.Records.ShouldBe(1));
        workspace.IsEmpty.ShouldBeFalse();
    }

    [Fact]
    public void Find_returns_the_stored_source_or_null()
    {
        // Given
        Import(i => i.ReplaceReviews(new ReviewExport("/e.json", [], []), "h1", []));

        // When
        using var workspace = Open();
        using var import = workspace.BeginImport();

        // Then
        import.Find(SourceKind.Reviews, "/e.json")!.ContentHash.ShouldBe("h1");
        import.Find(SourceKind.Calendar, "/e.json").ShouldBeNull();
        import.Find(SourceKind.Reviews, "/other.json").ShouldBeNull();
    }

    [Fact]
    public void An_import_disposed_without_commit_leaves_the_workspace_as_it_was()
    {
        // Given
        Import(i =>
        {
            i.AddCommits(Repository("/r", Commit(1, Ana, 10)), []);
            i.ReplaceCalendar(new CalendarFileRecord("/c.ics", [Event(1, "a", 1)], "", null), "h1", []);
        });

        // When an import fails midway
        using (var workspace = Open())
        {
            Should.Throw<InvalidOperationException>(() =>
            {
                using var import = workspace.BeginImport();
                import.AddCommits(Repository("/r", Commit(2, Bo, 20)), [Warn("/r", 1, "w")]);
                import.ReplaceCalendar(new CalendarFileRecord("/c.ics", [], "", null), "h2", []);
                import.ReplacePeople([new PeopleFile("/p.csv", [Person(2, "a")])], "h", []);
                throw new InvalidOperationException("the importer failed");
            });
        }

        // Then
        var activity = Load();
        activity.Repositories.ShouldHaveSingleItem().Commits.ShouldBe([Commit(1, Ana, 10)]);
        activity.Calendars.ShouldHaveSingleItem().Events.Count.ShouldBe(1);
        activity.People.ShouldBeEmpty();
        activity.ImportWarnings.ShouldBeEmpty();
        using var reopened = Open();
        reopened.Sources().Select(s => s.ContentHash).ShouldBe([null, "h1"]);
        reopened.Span().LatestCommitByAuthor.ShouldBe([(Ana, 10L)]);
    }

    [Fact]
    public void A_second_concurrent_import_is_refused()
    {
        // Given
        using var first = Open();
        using var running = first.BeginImport();
        running.AddCommits(Repository("/r", Commit(1, Ana, 10)), []);

        // When
        using var second = Open();
        var error = Should.Throw<UserError>(() => second.BeginImport());

        // Then
        error.Message.ShouldBe($"another import into {second.Description} is running; try again when it ends.");
        second.Load().Repositories.ShouldBeEmpty();
        running.Commit();
        using var after = second.BeginImport();
    }

    [Fact]
    public void A_workspace_written_by_a_newer_schema_is_refused()
    {
        // Given
        Open().Dispose();
        Database.Execute("INSERT INTO schema_version (version, application, applied_at) VALUES (999, 'managerfocus', '2030-01-01')");

        // When
        var error = Should.Throw<UserError>(() => Open());

        // Then
        // The known version is the highest migration this build carries, whatever its number.
        error.Message.ShouldMatch(@"was written by a newer ManagerFocus \(schema 999, this build knows up to [1-9][0-9]*\); upgrade managerfocus");
        error.Message.ShouldNotContain("knows up to 999");
    }

    [Fact]
    public void A_schema_1_workspace_is_upgraded_with_its_calendar_events_encoded_as_an_import_encodes_them_today()
    {
        // Given a workspace of schema 1, which kept a calendar's events as content lines
        const string zones = """
            BEGIN:VTIMEZONE
            TZID:Europe/Berlin
            BEGIN:STANDARD
            DTSTART:19701025T030000
            TZOFFSETTO:+0100
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
            END:STANDARD
            BEGIN:DAYLIGHT
            DTSTART:19700329T020000
            TZOFFSETTO:+0200
            RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
            END:DAYLIGHT
            END:VTIMEZONE

            """;
        const string series = """
            UID:weekly@x
            DTSTART;TZID=Europe/Berlin:20261102T090000
            DTEND;TZID=Europe/Berlin:20261102T093000
            RRULE:FREQ=WEEKLY;BYDAY=MO
            EXDATE;TZID=Europe/Berlin:20261116T090000
            DTSTAMP:20261101T060000Z
            TRANSP:OPAQUE
            ORGANIZER:ana@example.com
            ATTENDEE:ana@example.com
            ATTENDEE;PARTSTAT=DECLINED:bo@example.com

            """;
        const string moved = """
            UID:weekly@x
            DTSTART;TZID=Europe/Berlin:20261109T100000
            DTEND;TZID=Europe/Berlin:20261109T103000
            RECURRENCE-ID;TZID=Europe/Berlin:20261109T090000
            SEQUENCE:1
            ORGANIZER:ana@example.com
            ATTENDEE;CUTYPE=RESOURCE:room-1@example.com
            ATTENDEE:bo@example.com

            """;
        using (var stream = typeof(Workspace).Assembly.GetManifestResourceStream($"Migrations/{Database.Dialect}/0001_initial.sql")!)
        {
            Database.Execute(new StreamReader(stream).ReadToEnd());
        }

        Database.Execute("CREATE TABLE schema_version (version integer PRIMARY KEY, application text NOT NULL, applied_at text NOT NULL)");
        Database.Execute("INSERT INTO schema_version VALUES (1, 'managerfocus', '2026-11-01T00:00:00+00:00')");
        Database.Execute("INSERT INTO sources (kind, key, content_hash, tips, imported_at, records) "
            + "VALUES ('calendar', '/calendars/ana@example.com.ics', 'h', NULL, '2026-11-01T00:00:00+00:00', 2)");
        Database.Execute($"INSERT INTO calendar_files (source_id, zones, default_zone) SELECT id, '{zones}', 'Europe/Berlin' FROM sources");
        Database.Execute($"INSERT INTO calendar_events (source_id, line, uid, recurrence_id, text) SELECT id, 17, 'weekly@x', NULL, '{series}' FROM sources");
        Database.Execute($"INSERT INTO calendar_events (source_id, line, uid, recurrence_id, text) SELECT id, 28, 'weekly@x', 'Europe/Berlin:20261109T090000', '{moved}' FROM sources");
        var file = Path.Combine(Path.GetTempPath(), $"mf-upgrade-{Guid.NewGuid():N}.ics");
        File.WriteAllText(file, $"BEGIN:VCALENDAR\nX-WR-TIMEZONE:Europe/Berlin\n{zones}BEGIN:VEVENT\n{series}END:VEVENT\nBEGIN:VEVENT\n{moved}END:VEVENT\nEND:VCALENDAR\n");
        CalendarFileRecord today;
        try
        {
            today = ManagerFocus.Sources.Calendar.CalendarRecords.Read(file, new WarningLog());
        }
        finally
        {
            File.Delete(file);
        }

        // When it is opened by this build
        var calendar = Load().Calendars.ShouldHaveSingleItem();

        // Then its events hold what today's import of the same lines holds, under the keys schema 1 gave them
        calendar.Path.ShouldBe("/calendars/ana@example.com.ics");
        calendar.Events.Select(e => (e.Line, e.Uid, e.RecurrenceId)).ShouldBe([(17, "weekly@x", null), (28, "weekly@x", "Europe/Berlin:20261109T090000")]);
        calendar.Events.Select(e => Convert.ToHexString(e.Data.Span)).ShouldBe(today.Events.Select(e => Convert.ToHexString(e.Data.Span)));
        calendar.Zones.ShouldBe(zones);
        calendar.DefaultZone.ShouldBe("Europe/Berlin");
        Database.Columns().ShouldNotContain(c => c.Table == "calendar_events");
        Database.Columns().ShouldContain(("calendar_files", "events"));
    }

    [Fact]
    public void A_database_with_other_tables_is_not_taken_for_a_workspace()
    {
        // Given
        Database.Execute("CREATE TABLE invoices (id integer PRIMARY KEY, total integer)");

        // When
        var error = Should.Throw<UserError>(() => Open());

        // Then
        error.Message.ShouldContain("not a ManagerFocus workspace");
    }

    [Fact]
    public void Reopening_a_workspace_keeps_its_records_and_its_schema()
    {
        // Given
        Import(i => i.AddCommits(Repository("/r", Commit(1, Ana, 10)), []));

        // When
        using var workspace = Open();

        // Then
        workspace.Load().Repositories.ShouldHaveSingleItem().Commits.Count.ShouldBe(1);
        Database.Columns().Count(c => c.Table == "schema_version").ShouldBe(3);
    }

    [Fact]
    public void The_schema_has_no_column_for_titles_descriptions_locations_messages_or_bodies()
    {
        // Given
        Open().Dispose();

        // When
        var columns = Database.Columns();

        // Then: only the warnings' own location and message (importers never quote private text there) and a person's
        // job title from the org chart may carry such a name.
        columns.Count.ShouldBeGreaterThan(40);
        var allowed = new[] { ("source_warnings", "location"), ("source_warnings", "message"), ("people", "job_title") };
        columns.Where(c => PrivateWords.Any(w => c.Column.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Except(allowed)
            .ShouldBeEmpty();
    }

    private static void ShouldMatch(IReadOnlyList<PersonRecord> actual, IReadOnlyList<PersonRecord> expected)
    {
        actual.Count.ShouldBe(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            actual[i].Aliases.ShouldBe(expected[i].Aliases);
            (actual[i] with { Aliases = [] }).ShouldBe(expected[i] with { Aliases = [] });
        }
    }
}
