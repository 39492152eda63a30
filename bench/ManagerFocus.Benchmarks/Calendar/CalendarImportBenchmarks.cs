using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Sources.People;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;

namespace ManagerFocus.Benchmarks.Calendar;

/// <summary>Reads and expands 10,000 generated calendars (3 million+ occurrences in the quarter) on one core; Ical.Net on a sample for scale.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CalendarImportBenchmarks
{
    public const int People = 10_000;

    /// <summary>Calendars Ical.Net loads and expands per iteration: it is about 20 times slower, so it gets a sample.</summary>
    public const int IcalNetSample = 200;

    private static readonly Period Quarter = new(new DateOnly(2025, 1, 6), new DateOnly(2025, 4, 7));
    private string _folder = "";
    private Organization _org = null!;
    private List<(string Path, int Owner)> _files = [];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("managerfocus-bench-calendars-").FullName;
        var (people, calendars) = CalendarSetGenerator.Generate(_folder, People);
        _org = OrganizationBuilder.Build(PeopleCsvReader.Read(people, new WarningLog()), new WarningLog());
        _files = CalendarOwners.Owned(CalendarFiles.List([calendars], new WarningLog()), f => f, _org, new WarningLog());

        // Printed once so occurrences per second can be read off the mean time.
        var importer = new CalendarOccurrences(_org, Quarter);
        var results = _files.Select(f => Expand(importer, f.Path, f.Owner)).ToList();
        Console.WriteLine($"// {_files.Count} calendars, {results.Sum(r => (long)r.Occurrences):N0} occurrences in the period "
            + $"({results.Sum(r => (long)r.CountedOccurrences):N0} counted as meetings), rules expanded natively "
            + $"{results.Sum(r => r.NativeRules):N0}, by the full expander {results.Sum(r => r.FallbackRules):N0}; "
            + $"Ical.Net sample of {IcalNetSample}: {IcalNetSampleCalendars():N0} occurrences");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>Occurrences in the period, of every kind, over all 10,000 files, one file after another on one thread.</summary>
    [Benchmark]
    public long ManagerFocusAllCalendars()
    {
        var importer = new CalendarOccurrences(_org, Quarter);
        long occurrences = 0;
        foreach (var (path, owner) in _files)
        {
            occurrences += Expand(importer, path, owner).Occurrences;
        }

        return occurrences;
    }

    /// <summary>The same work for the first <see cref="IcalNetSample"/> files with Ical.Net's loader and evaluator.</summary>
    [Benchmark]
    public long IcalNetSampleCalendars()
    {
        var end = new Ical.Net.DataTypes.CalDateTime(Quarter.End.UtcDateTime, "UTC", true);
        long occurrences = 0;
        foreach (var (path, _) in _files.Take(IcalNetSample))
        {
            var calendar = Ical.Net.Calendar.Load(File.ReadAllText(path))!;
            occurrences += Ical.Net.CollectionExtensions.TakeWhileBefore(calendar.GetOccurrences(), end)
                .Count(o => o.Period.EffectiveEndTime!.AsUtc > Quarter.Start.UtcDateTime);
        }

        return occurrences;
    }

    /// <summary>Reads a file and expands its occurrences, as the one-shot run does.</summary>
    private static CalendarOccurrencesResult Expand(CalendarOccurrences occurrences, string path, int owner)
    {
        var warnings = new WarningLog();
        return occurrences.Expand(CalendarRecords.Parse(path, warnings), path, owner, warnings);
    }
}
