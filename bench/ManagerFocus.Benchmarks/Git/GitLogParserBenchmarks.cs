using System.Text;
using BenchmarkDotNet.Attributes;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Sources.Git;
using ManagerFocus.Sources.People;
using ManagerFocus.Time;

namespace ManagerFocus.Benchmarks.Git;

/// <summary>The git reader's parser over 150,000 lines of git log output held in memory, without git's own time.</summary>
[MemoryDiagnoser]
public class GitLogParserBenchmarks
{
    private const int Commits = 150_000;
    private const int Authors = 200;

    private byte[] _output = [];
    private Organization _org = null!;

    [Params(true, false)]
    public bool PeriodKnown { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var people = new StringBuilder("id,name,email\n");
        for (var i = 0; i < Authors; i++)
        {
            people.Append($"dev{i},Dev {i},dev{i}@corp.example\n");
        }

        _org = OrganizationBuilder.Build(PeopleCsvReader.Read(new StringReader(people.ToString()), "people.csv", new WarningLog()), new WarningLog());
        var text = new StringBuilder();
        var time = 1_700_000_000L;
        for (var i = 0; i < Commits; i++)
        {
            // Newest first, as git log writes it, about 45 minutes apart.
            time -= 60 + (i * 7919 % 5400);
            text.Append($"{i * 2654435761L:x16}{i:x24}\0{time}\0dev{i % Authors}@corp.example\0Dev {i % Authors}\n");
        }

        _output = Encoding.UTF8.GetBytes(text.ToString());
    }

    [Benchmark]
    public int Parse()
    {
        var parser = new GitLogParser();
        var span = _output.AsSpan();
        // Feed it in 64 KiB reads, as the pipe does.
        var start = 0;
        while (start < span.Length)
        {
            var end = Math.Min(span.Length, start + (1 << 16));
            start += parser.ParseLines(span[start..end]);
            if (end == span.Length && start < end)
            {
                parser.ParseLine(span[start..end]);
                start = end;
            }
        }

        // Attribution is part of the cost of turning git's output into coding time.
        var log = CommitLog.Attribute([new RepositoryActivity("bench", parser.Commits, [])], _org.Identities, MetricSettings.Default);
        return log.Count;
    }
}
