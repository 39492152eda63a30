using ManagerFocus.Activity;
using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Tests.Sources.Git;
using ManagerFocus.Tests.Sources.Reviews;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Reviews.GitHubJson;

namespace ManagerFocus.Tests.Analysis;

public sealed class ExplainedEvidenceTests
{
    private static readonly long Nine = new DateTimeOffset(2026, 1, 6, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
    private static readonly AuthorIdentity Ada = new("ada@corp.com", "Ada Lovelace");
    private static readonly AuthorIdentity Bob = new("bob@corp.com", "Bob Builder");

    private static CommitRecord Commit(int n, AuthorIdentity author, long at) => new(new CommitId((ulong)n, 0, 0, 0), author, at);

    public sealed class Coding_sessions
    {
        [Fact]
        public void A_session_of_three_commits_in_two_repositories_is_listed_with_the_hours_the_ledger_received()
        {
            // Given Ada's commits at 09:00 (alpha), 09:50 (beta) and 10:30 (alpha), then one the next day, and one of Bob's
            var fixture = new GitFixture();
            var log = CommitLog.Attribute(
                [
                    new RepositoryActivity("/home/ada/src/alpha", [Commit(1, Ada, Nine), Commit(3, Ada, Nine + 5400), Commit(5, Bob, Nine)], []),
                    new RepositoryActivity("/srv/git/beta/", [Commit(2, Ada, Nine + 3000), Commit(4, Ada, Nine + 86_400)], []),
                ],
                fixture.Organization.Identities, MetricSettings.Default);
            var ledger = new TimeLedger(fixture.Organization.People.Count, GitFixture.January);

            // When Ada is explained
            var sessions = log.AddCoding(ledger, MetricSettings.Default, fixture.Ada)!;

            // Then two sessions: the first of three commits in alpha and beta, 1.5 h plus the 30-minute lead; hours as the ledger's
            sessions.Count.ShouldBe(2);
            var first = sessions[0];
            first.FirstCommit.ToUnixTimeSeconds().ShouldBe(Nine);
            first.LastCommit.ToUnixTimeSeconds().ShouldBe(Nine + 5400);
            first.Hours.ShouldBe(2.0, 1e-9);
            first.Commits.Select(c => c.Repository).ShouldBe(["alpha", "beta", "alpha"]);
            sessions[1].Commits.ShouldHaveSingleItem().Repository.ShouldBe("beta");
            sessions.Sum(s => s.Hours).ShouldBe(ledger.Total(fixture.Ada, Category.Coding), 1e-9);
        }

        [Fact]
        public void Without_an_explained_person_nothing_is_collected()
        {
            var fixture = new GitFixture();
            var log = CommitLog.Attribute([new RepositoryActivity("r", [Commit(1, Ada, Nine)], [])], fixture.Organization.Identities, MetricSettings.Default);

            log.AddCoding(new TimeLedger(fixture.Organization.People.Count, GitFixture.January), MetricSettings.Default).ShouldBeNull();
        }
    }

    public sealed class Reviews
    {
        private static readonly Period March = new(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 9));

        [Fact]
        public void Each_review_in_the_period_is_listed_counted_once_per_pull_request_and_day()
        {
            // Given Maya reviews #1 twice on Monday, #2 on Tuesday and #1 again outside the period; Carl reviews #1 too
            using var s = new ReviewScenario();
            s.Write(Page(
                PullRequest(1, "ann-gh", "2026-03-02T08:00:00Z"),
                PullRequest(2, "ben-gh", "2026-03-02T08:00:00Z"),
                Review(1, "maya-gh", "COMMENTED", "2026-03-02T09:00:00Z"),
                Review(1, "maya-gh", "APPROVED", "2026-03-02T17:00:00Z"),
                Review(2, "maya-gh", "APPROVED", "2026-03-03T09:30:00Z"),
                Review(1, "maya-gh", "APPROVED", "2026-03-10T09:00:00Z"),
                Review(1, "carl-gh", "APPROVED", "2026-03-02T10:00:00Z")));
            var activity = s.Import().Activity;
            var ledger = new TimeLedger(s.Organization.People.Count, March);

            // When Maya is explained
            var explained = ReviewTime.AddTo(ledger, activity, TimeSpan.FromMinutes(20), s.PersonIndex("maya"))!;

            // Then her three reviews in the period, the same-day second one not counted; counted ones make her review hours
            explained.Select(e => (activity.Reviews[e.Review].SubmittedUnix, e.Counted)).ShouldBe([
                (DateTimeOffset.Parse("2026-03-02T09:00:00Z").ToUnixTimeSeconds(), true),
                (DateTimeOffset.Parse("2026-03-02T17:00:00Z").ToUnixTimeSeconds(), false),
                (DateTimeOffset.Parse("2026-03-03T09:30:00Z").ToUnixTimeSeconds(), true),
            ]);
            ledger.Total(s.PersonIndex("maya"), Category.Review).ShouldBe(explained.Count(e => e.Counted) * 20 / 60.0, 1e-9);
        }

        [Fact]
        public void The_analysis_names_each_reviews_pull_request_author_and_the_wait_of_a_report()
        {
            using var s = new ReviewScenario();
            s.Write(Page(
                PullRequest(1, "ann-gh", "2026-03-02T08:00:00Z"),
                PullRequest(2, "carl-gh", "2026-03-02T08:00:00Z"),
                Review(1, "maya-gh", "COMMENTED", "2026-03-02T11:00:00Z"),
                Review(1, "maya-gh", "APPROVED", "2026-03-03T09:00:00Z"),
                Review(2, "maya-gh", "APPROVED", "2026-03-02T09:00:00Z")));
            var evidence = new ExplainedEvidence();
            var request = evidence.Collect(new AnalysisRequest
            {
                PeoplePath = s.PeoplePath, ReviewPaths = [s.ExportFolder], From = March.From, To = March.To,
            }, "maya");

            new Analyzer(TimeProvider.System).Run(request, new WarningLog());

            // Then only her first review of her report Ann's #1 measures a wait (3 h); Carl is not her report
            var reviews = evidence.Reviews!;
            reviews.Select(r => (r.PullRequest, r.Author, r.ReportWaitHours)).ShouldBe([(2, "carl", (double?)null), (1, "ann", 3.0), (1, "ann", null)]);
            reviews.ShouldAllBe(r => r.Counted);
        }
    }

    public sealed class Inputs
    {
        [Fact]
        public void A_person_without_a_calendar_gets_coding_sessions_and_no_occurrences()
        {
            // Given git input only
            var fixture = new GitFixture();
            var repo = fixture.Repository();
            repo.Commit("Ada Lovelace", "ada@corp.com", "2026-01-06T09:00:00Z");
            var people = Path.Combine(fixture.Folder, "people.csv");
            File.WriteAllText(people, "id,name,email,manager_id\nada,Ada Lovelace,ada@corp.com,\nbob,Bob Builder,bob@corp.com,ada\n");
            var evidence = new ExplainedEvidence();

            // When Ada is explained by her email
            var result = new Analyzer(TimeProvider.System).Run(evidence.Collect(new AnalysisRequest
            {
                PeoplePath = people, GitPaths = [repo.Path], From = GitFixture.January.From, To = GitFixture.January.To,
            }, "ADA@corp.com"), new WarningLog());

            // Then the request names her id, her session is there, and there are no occurrences and no reviews at all
            result.Request.ExplainPersonId.ShouldBe("ada");
            evidence.Sessions.ShouldHaveSingleItem().Hours.ShouldBe(0.5);
            evidence.Occurrences.ShouldBeNull();
            evidence.Reviews.ShouldBeNull();
        }
    }
}
