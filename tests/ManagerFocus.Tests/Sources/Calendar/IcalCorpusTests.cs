using System.Runtime.CompilerServices;
using CsCheck;
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

    /// <summary>Valid files Ical.Net 5.2.4 itself cannot load (unknown zone names such as "Eastern", duplicate UIDs, QUOTED-PRINTABLE, ...).</summary>
    private static readonly string[] IcalNetCannotLoad =
    [
        "4.ics", "Standup.ics", "SwedishHolidays2003-2006.ics", "calconnect.ics", "calconnect2.ics", "calconnect3.ics", "calconnect4.ics",
        "calconnect5.ics", "calconnect6.ics", "calconnect7.ics", "calconnect8.ics", "calconnect9.ics", "classify.ics",
        "google_aus_holidays.ics", "incoming.ics", "multiple_calendars.ics", "php-flp.ics", "rfc5545-sec3.6.3.ics", "rfc5545-sec4.5.ics",
    ];

    public static TheoryData<string> ValidFilesIcalNetLoads() => [.. Directory.EnumerateFiles(Path.Combine(Corpus(), "valid"), "*.ics")
        .Select(Path.GetFileName).OfType<string>().Where(f => !IcalNetCannotLoad.Contains(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ValidFilesIcalNetLoads))]
    public void Valid_corpus_files_expand_exactly_as_Ical_Net_expands_them(string file)
    {
        // Given a real export (Outlook, Google, Apple, Evolution, Sunbird, KOrganizer...) over twelve years
        var text = File.ReadAllText(Path.Combine(Corpus(), "valid", file));
        var period = new Period(new DateOnly(2000, 1, 1), new DateOnly(2012, 1, 1));

        // When both expand it, then every occurrence agrees
        Occurrences(text, period).ShouldBe(IcalNetOccurrences(text, period));
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

    [Fact]
    public void Randomly_damaged_exports_are_warnings_never_a_crash()
    {
        // Given real exports with lines dropped, duplicated or cut at random
        var texts = Directory.EnumerateFiles(Path.Combine(Corpus(), "valid"), "*.ics").Order(StringComparer.Ordinal)
            .Select(File.ReadAllText).Where(t => t.Length < 100_000).ToArray();
        var damaged = Gen.Select(Gen.Int[0, texts.Length - 1], Gen.Int[0, 1_000_000].Array[1, 8], Gen.Int[0, 2])
            .Select((file, cuts, how) => Damage(texts[file], cuts, how));

        // When each is imported, then nothing throws
        damaged.Sample(text => Import(text, "boss", new WarningLog(), Wide), iter: 300);
    }

    private static string Damage(string text, int[] cuts, int how)
    {
        var lines = text.Split('\n').ToList();
        foreach (var cut in cuts)
        {
            var i = cut % lines.Count;
            switch (how)
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[(i * 7) % lines.Count]);
                    break;
                default:
                    lines[i] = lines[i][..(cut % (lines[i].Length + 1))];
                    break;
            }

            if (lines.Count == 0)
            {
                break;
            }
        }

        return string.Join('\n', lines);
    }

    private static string Corpus([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Data", "ical4j");
}
