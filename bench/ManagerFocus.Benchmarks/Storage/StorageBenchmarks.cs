using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using ManagerFocus.Storage;

namespace ManagerFocus.Benchmarks.Storage;

/// <summary>
/// A first import of 200,000 commits and the rest of the organization in the target's proportions (38,000 pull
/// requests, 84,000 reviews, 1,500 calendar files of 30 events, 10,000 people) into an empty workspace, and the load
/// of a 13-week window from it; on SQLite and on PostgreSQL (MANAGERFOCUS_BENCH_POSTGRES).
/// </summary>
[Config(typeof(Config))]
[MemoryDiagnoser]
public class StorageBenchmarks
{
    private StorageData _data = null!;
    private StorageTarget? _import;
    private StorageTarget _loaded = null!;

    [Params(200_000)]
    public int Commits { get; set; }

    [Params("SQLite", "PostgreSQL")]
    public string Database { get; set; } = "SQLite";

    [GlobalSetup]
    public void Setup()
    {
        _data = StorageData.Generate(Commits);
        Console.WriteLine($"// {_data.Commits:N0} commits in {_data.Repositories.Count} repositories, {_data.PullRequests:N0} pull requests, " +
            $"{_data.Reviews:N0} reviews, {_data.Calendars.Count:N0} calendars with {_data.Events:N0} events, {_data.People.Rows.Count:N0} people");
        _loaded = new StorageTarget(Database);
        using var workspace = Workspace.Open(_loaded.Location);
        _data.ImportInto(workspace);
        Console.WriteLine($"// {Database} workspace: {_loaded.Bytes:N0} bytes");
    }

    [IterationSetup(Target = nameof(FirstImport))]
    public void NewWorkspace() => _import = new StorageTarget(Database);

    [IterationCleanup(Target = nameof(FirstImport))]
    public void DropWorkspace() => _import?.Dispose();

    [GlobalCleanup]
    public void Cleanup() => _loaded.Dispose();

    [Benchmark]
    public void FirstImport()
    {
        using var workspace = Workspace.Open(_import!.Location);
        _data.ImportInto(workspace);
    }

    [Benchmark]
    public StoredActivity Load13Weeks()
    {
        using var workspace = Workspace.Open(_loaded.Location);
        return workspace.Load(StorageData.End - (13 * 7 * 86_400L), StorageData.End);
    }

    [Benchmark]
    public StoredSpan Span()
    {
        using var workspace = Workspace.Open(_loaded.Location);
        return workspace.Span();
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(5));
    }
}
