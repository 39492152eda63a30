using IcalCalendar = Ical.Net.Calendar;
using IcalDateTime = Ical.Net.DataTypes.CalDateTime;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;

namespace ManagerFocus.Generator.Tests;

public sealed class CalendarExpansionTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void An_independent_rfc_5545_expansion_finds_exactly_the_occurrences_the_generator_counted()
    {
        var end = GeneratorOptions.Demo.End.ToDateTime(TimeOnly.MinValue);
        var from = end.AddDays(-91);
        var total = 0L;

        foreach (var path in demo.Calendars)
        {
            var calendar = IcalCalendar.Load(File.ReadAllText(path))!;
            foreach (var occurrence in calendar.GetOccurrences<IcalEvent>(new IcalDateTime(from.AddDays(-3), "UTC")))
            {
                if (occurrence.Period.StartTime.AsUtc >= end.AddDays(3))
                {
                    break;
                }

                var day = occurrence.Period.StartTime.Value.Date;
                if (((IcalEvent)occurrence.Source).Status != "CANCELLED" && day >= from && day < end)
                {
                    total++;
                }
            }
        }

        total.ShouldBe(demo.Inputs.Summary.Occurrences);
    }
}
