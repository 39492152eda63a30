using System.Runtime.CompilerServices;
using ManagerFocus.Diagnostics;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>Real exports from the ical4j project (BSD-3, licence beside them in Data/ical4j).</summary>
public sealed class IcalCorpusTests
{
    private static readonly Period Wide = new(new DateOnly(1995, 1, 1), new DateOnly(2030, 1, 1));

    public static TheoryData<string> Files() => [.. Directory.EnumerateFiles(Corpus(), "*.ics", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Corpus(), f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_corpus_file_is_read_or_reported_with_file_line_and_reason(string file)
    {
        // Given a real export, valid or not
        var path = Path.Combine(Corpus(), file);
        var warnings = new WarningLog();

        // When it is imported over a wide period
        var result = Import(File.ReadAllText(path), "boss", warnings, Wide);

        // Then it does not crash, and every warning names the file and says why
        warnings.Kept.ShouldAllBe(w => w.Location.StartsWith("boss.ics") && w.Message.Length > 10);
        result.Occurrences.ShouldBeGreaterThanOrEqualTo(0);
    }

    [Fact]
    public void Valid_corpus_files_yield_occurrences()
    {
        var occurrences = Directory.EnumerateFiles(Path.Combine(Corpus(), "valid"), "*.ics")
            .Sum(f => Import(File.ReadAllText(f), "boss", null, Wide).Occurrences);

        occurrences.ShouldBeGreaterThan(1000);
    }

    [Fact]
    public void Invalid_files_give_warnings()
    {
        var warned = Directory.EnumerateFiles(Path.Combine(Corpus(), "invalid"), "*.ics").Count(f =>
        {
            var warnings = new WarningLog();
            Import(File.ReadAllText(f), "boss", warnings, Wide);
            return warnings.Count > 0;
        });

        // Many are invalid only to a strict parser (a missing VERSION, an odd X- property) and read fine here.
        warned.ShouldBeGreaterThanOrEqualTo(5);
    }

    private static string Corpus([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Data", "ical4j");
}
