using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using ManagerFocus.Storage;

namespace ManagerFocus.Benchmarks.Storage;

/// <summary>
/// The target organization at full size (1.3 M commits, 250,000 pull requests, 550,000 reviews, 10,000 calendar files
/// with 300,000 events, 10,000 people): one cold first import and one 13-week load per run, printing the process's
/// peak working set. Slow; run it on its own with --filter '*FullScale*'.
/// </summary>
[Config(typeof(Config))]
public class StorageFullScaleBenchmarks
{
    private StorageData _data = null!;
    private StorageTarget? _target;

    [Params("SQLite", "PostgreSQL")]
    public string Database { get; set; } = "SQLite";

    [GlobalSetup]
    public void Setup() => _data = StorageData.Generate(StorageData.FullCommits);

    [IterationSetup]
    public void NewWorkspace() => _target = new StorageTarget(Database);

    [IterationCleanup]
    public void DropWorkspace()
    {
        Console.WriteLine($"// {Database} workspace: {_target!.Bytes:N0} bytes; peak working set {Process.GetCurrentProcess().PeakWorkingSet64:N0} bytes");
        _target.Dispose();
    }

    [Benchmark]
    public int FirstImportThenLoad13Weeks()
    {
        var clock = Stopwatch.StartNew();
        using var workspace = Workspace.Open(_target!.Location);
        _data.ImportInto(workspace);
        var imported = clock.Elapsed;
        clock.Restart();
        var activity = workspace.Load(StorageData.End - (13 * 7 * 86_400L), StorageData.End);
        Console.WriteLine($"// {Database}: first import {imported.TotalSeconds:F1} s, 13-week load {clock.Elapsed.TotalSeconds:F2} s " +
            $"({activity.Repositories.Sum(r => r.Commits.Count):N0} commits, {activity.ReviewExports.Sum(e => e.Reviews.Count):N0} reviews)");
        return activity.Calendars.Count;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddJob(Job.Default.WithStrategy(RunStrategy.ColdStart).WithLaunchCount(1).WithWarmupCount(0).WithIterationCount(1));
    }
}
