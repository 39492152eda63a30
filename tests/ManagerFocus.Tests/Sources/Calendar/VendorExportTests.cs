using System.Runtime.CompilerServices;
using ManagerFocus.Time.Calendar;
using static ManagerFocus.Tests.Sources.Calendar.CalendarTestKit;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>Exports in the shapes Google, Outlook and Apple write (Data/exports), read as the manager "boss".</summary>
public sealed class VendorExportTests
{
    [Theory]
    [InlineData("google.ics", 12, 5.75)]
    [InlineData("outlook.ics", 7, 7.0)]
    [InlineData("apple.ics", 3, 1.5)]
    public void One_on_ones_in_vendor_exports_are_found_with_their_hours(string file, int oneOnOnes, double hours)
    {
        // Given a vendor export with one-on-ones, a declined invitation, a holiday and a focus block
        var ics = File.ReadAllText(Path.Combine(Exports(), file));

        // When the manager's calendar is imported
        var result = Import(ics, "boss", explain: "boss");

        // Then only the one-on-ones count, with their hours
        result.OneOnOnes.Count.ShouldBe(oneOnOnes);
        result.OneOnOneTime.Sum(i => i.End - i.Start).ShouldBe((long)(hours * 3600));
        result.Meetings.ShouldBe(result.OneOnOneTime);
        result.Explained.Where(e => !e.Counted).ShouldAllBe(e => e.Kind != OccurrenceKind.Meeting && e.Kind != OccurrenceKind.OneOnOne);
    }

    [Theory]
    [InlineData("google.ics")]
    [InlineData("outlook.ics")]
    [InlineData("apple.ics")]
    public void Vendor_exports_expand_exactly_as_Ical_Net_expands_them(string file)
    {
        var ics = File.ReadAllText(Path.Combine(Exports(), file));

        Occurrences(ics, Quarter).ShouldBe(IcalNetOccurrences(ics, Quarter));
    }

    private static string Exports([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "Data", "exports");
}
