using System.Globalization;
using System.Runtime.CompilerServices;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time.Calendar;
using ManagerFocus.Time;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>libical's own recurrence vectors (Data/libical, MPL-2.0 or LGPL-2.1, licence beside them), expanded by ManagerFocus.</summary>
public sealed class RecurrenceVectorTests
{
    private static readonly Period Wide = new(new DateOnly(1900, 1, 1), new DateOnly(2200, 1, 1));

    /// <summary>
    /// Vectors (by line) whose DTSTART is not an instance of its own rule: RFC 5545 (3.3.10) leaves that recurrence set
    /// undefined, and libical counts those BYWEEKNO years from DTSTART's calendar year, elsewhere from its week-numbering year.
    /// </summary>
    private static readonly int[] UnsynchronizedStart = [681, 686];

    public sealed record Vector(int Line, string Rule, string Start, string? StartAt, string[] Instances)
    {
        public override string ToString() => $"line {Line}: {Rule}";
    }

    /// <summary>Vectors whose INSTANCES line says libical has no answer ("UNIMPLEMENTED").</summary>
    private static bool Unanswered(Vector vector) => vector.Instances.Any(i => i.Contains("UNIMPLEMENTED", StringComparison.Ordinal));

    public static TheoryData<int> Lines() => [.. Vectors().Where(v => !UnsynchronizedStart.Contains(v.Line) && !Unanswered(v)).Select(v => v.Line)];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Every_libical_vector_expands_to_libicals_instances(int line)
    {
        // Given one of libical's vectors: a floating DTSTART and a rule
        var vector = Vectors().Single(v => v.Line == line);
        var ics = Ics($"UID:v\nDTSTART:{vector.Start}\nRRULE:{vector.Rule}");
        var warnings = new WarningLog();

        // When ManagerFocus expands it (UTC owner, so floating equals UTC); START-AT only tests libical's iterator API
        var ours = Occurrences(ics, Wide, "UTC", warnings).Select(o => Format(o.Start, vector.Start)).ToList();

        // Then the instances are libical's: all of them, or the first ones libical's 2,000-character buffer holds
        string.Join(",", Truncated(vector) ? ours.Take(vector.Instances.Length) : ours).ShouldBe(string.Join(",", vector.Instances), vector.ToString());
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Every_libical_vector_expands_the_same_through_the_full_expander_alone(int line)
    {
        // Given a vector, also one the fast expander would take
        var vector = Vectors().Single(v => v.Line == line);
        RecurrenceRuleParser.TryParse(vector.Rule, out var rule, out _).ShouldBeTrue();
        var start = DateTime.ParseExact(vector.Start.TrimEnd('Z'), vector.Start.Length == 8 ? "yyyyMMdd" : "yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);
        if (vector.Start.Length == 8)
        {
            rule = rule! with { ByHour = [], ByMinute = [], BySecond = [] };
        }

        // When the full expander expands it
        var ours = new List<DateTime>();
        FullRecurrenceExpander.Expand(rule!, start, rule!.Until?.Local, start, Wide.End.UtcDateTime, ours);

        // Then the instances are libical's
        var unix = ours.Select(o => new DateTimeOffset(o, TimeSpan.Zero).ToUnixTimeSeconds()).Select(u => Format(u, vector.Start)).ToList();
        string.Join(",", Truncated(vector) ? unix.Take(vector.Instances.Length) : unix).ShouldBe(string.Join(",", vector.Instances), vector.ToString());
    }

    [Fact]
    public void Vectors_left_out_start_where_their_own_rule_makes_no_instance()
    {
        foreach (var vector in Vectors().Where(v => UnsynchronizedStart.Contains(v.Line)))
        {
            var ics = Ics($"UID:v\nDTSTART:{vector.Start}\nRRULE:{vector.Rule}");
            Occurrences(ics, Wide).Select(o => Format(o.Start, vector.Start)).ShouldNotContain(vector.Start, vector.ToString());
        }
    }

    private static bool Truncated(Vector vector) =>
        string.Join(',', vector.Instances).Length > 1900 || (!vector.Rule.Contains("COUNT=", StringComparison.Ordinal) && !vector.Rule.Contains("UNTIL=", StringComparison.Ordinal));

    /// <summary>An instance written as libical writes it: a date, a floating time, or a UTC time, like DTSTART.</summary>
    private static string Format(long unix, string start) =>
        DateTime.UnixEpoch.AddSeconds(unix).ToString(start.Length == 8 ? "yyyyMMdd" : start.EndsWith('Z') ? "yyyyMMdd'T'HHmmss'Z'" : "yyyyMMdd'T'HHmmss",
            CultureInfo.InvariantCulture);

    internal static List<Vector> Vectors()
    {
        var vectors = new List<Vector>();
        var lines = File.ReadAllLines(Path.Combine(Folder(), "icalrecur_test.txt"));
        int ruleLine = 0;
        string? rule = null, start = null, startAt = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i].Trim();
            if (text.StartsWith("RRULE:", StringComparison.Ordinal))
            {
                (ruleLine, rule, start, startAt) = (i + 1, text[6..], null, null);
            }
            else if (text.StartsWith("DTSTART:", StringComparison.Ordinal))
            {
                start = text[8..];
            }
            else if (text.StartsWith("START-AT:", StringComparison.Ordinal))
            {
                startAt = text[9..];
            }
            else if (text.StartsWith("INSTANCES:", StringComparison.Ordinal) && rule is not null && start is not null)
            {
                var instances = text[10..].Split(',', StringSplitOptions.RemoveEmptyEntries);
                vectors.Add(new Vector(ruleLine, rule, start, startAt, instances));
                rule = null;
            }
        }

        return vectors;
    }

    private static string Folder([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Data", "libical");
}
