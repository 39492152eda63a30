using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Sources.People;
using ManagerFocus.Sources.Reviews;
using ManagerFocus.Time;

namespace ManagerFocus.Benchmarks.Reviews;

/// <summary>
/// Import throughput of the review importer on a generated export of 200,000 pull requests and their reviews
/// (about 2 GB of full-shape API JSON), and the cost of review hours and bottlenecks once the period is known.
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class ReviewImportBenchmarks
{
    private const int PullRequests = 200_000;
    private const int People = 2_000;

    private string _folder = "";
    private Organization _org = null!;
    private ReviewActivity _activity = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("managerfocus-review-bench-").FullName;
        ReviewExportWriter.WritePeople(Path.Combine(_folder, "people.csv"), People);
        Directory.CreateDirectory(Path.Combine(_folder, "github"));
        ReviewExportWriter.WritePullRequests(Path.Combine(_folder, "github", "pulls.json"), PullRequests, People);
        ReviewExportWriter.WriteReviews(Path.Combine(_folder, "github", "reviews.json"), PullRequests, People);
        var bytes = Directory.EnumerateFiles(Path.Combine(_folder, "github")).Sum(f => new FileInfo(f).Length);
        Console.WriteLine($"// review export: {bytes:N0} bytes, {PullRequests:N0} pull requests, {ReviewExportWriter.ReviewCount(PullRequests):N0} reviews");
        _org = OrganizationBuilder.Build(PeopleCsvReader.Read(Path.Combine(_folder, "people.csv"), new WarningLog()), new WarningLog());
        _activity = Read().Activity;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads and links every pull request and review: the cost of --reviews before the period is chosen.</summary>
    [Benchmark]
    public int Import() => Read().Activity.Reviews.Length;

    /// <summary>Review hours into a ledger and the bottleneck of every manager, over 13 weeks.</summary>
    [Benchmark]
    public int HoursAndBottlenecks()
    {
        var period = new Period(new DateOnly(2026, 1, 5), new DateOnly(2026, 4, 6));
        var ledger = new TimeLedger(_org.People.Count, period);
        ReviewTime.AddTo(ledger, _activity, TimeSpan.FromMinutes(20));
        var bottleneck = new ReviewBottleneck(_org, _activity);
        return _org.People.Count(p => bottleneck.For(p, period) is not null);
    }

    private ReviewImportResult Read() => ReviewLinker.Link(ReviewImporter.Read([Path.Combine(_folder, "github")], new WarningLog()), _org, new WarningLog());

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
            AddColumn(new ThroughputColumn("PRs/s", PullRequests));
            AddColumn(new ThroughputColumn("Reviews/s", ReviewExportWriter.ReviewCount(PullRequests)));
        }
    }
}
