using CsCheck;
using ManagerFocus.Activity.Calendar;
using ManagerFocus.Sources.Calendar;

namespace ManagerFocus.Tests.Sources.Calendar;

/// <summary>The compact form a workspace keeps a calendar event in: every field comes back, and broken bytes are refused.</summary>
public sealed class CalendarEventCodecTests
{
    private static readonly RecurrenceRule Weekly = Rule("FREQ=WEEKLY;INTERVAL=2;COUNT=10;BYDAY=MO,WE;WKST=SU");

    [Fact]
    public void Every_field_of_an_event_comes_back_as_it_was()
    {
        // Given an event with every field the reader keeps, including unicode and a zone name with a comma
        var e = new CalendarEvent
        {
            Line = 41,
            Uid = "séries-1@x",
            Start = new IcsTime(new DateTime(2026, 3, 29, 1, 30, 0), IcsTimeKind.Zoned, "Kuala Lumpur, Singapore"),
            End = new IcsTime(new DateTime(2026, 3, 29, 3, 0, 0, DateTimeKind.Utc), IcsTimeKind.Utc, null),
            Duration = TimeSpan.FromMinutes(-45),
            RecurrenceId = new IcsTime(new DateTime(2026, 3, 30), IcsTimeKind.Date, null),
            ThisAndFuture = true,
            Sequence = -3,
            Stamp = new DateTime(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc),
            LastModified = new DateTime(2025, 12, 31, 23, 59, 59, DateTimeKind.Utc),
            Cancelled = true,
            Transparent = false,
            Organizer = new EventPerson("boß@acme.test", false, false),
        };
        e.Rules.Add(Weekly);
        e.ExRules.Add(Rule("FREQ=MONTHLY;BYMONTHDAY=-1"));
        e.RDates.Add(new RecurrenceDate(new IcsTime(new DateTime(2026, 5, 1, 9, 0, 0), IcsTimeKind.Floating, null), null, null));
        e.RDates.Add(new RecurrenceDate(
            new IcsTime(new DateTime(2026, 5, 2, 9, 0, 0), IcsTimeKind.Zoned, "Europe/Berlin"),
            new IcsTime(new DateTime(2026, 5, 2, 10, 0, 0), IcsTimeKind.Zoned, "Europe/Berlin"),
            null));
        e.RDates.Add(new RecurrenceDate(new IcsTime(new DateTime(2026, 5, 3), IcsTimeKind.Date, null), null, TimeSpan.FromDays(2)));
        e.ExDates.Add(new IcsTime(new DateTime(2026, 4, 1, 9, 0, 0), IcsTimeKind.Zoned, "Europe/Berlin"));
        e.Attendees.Add(new EventPerson("room-1@acme.test", true, false));
        e.Attendees.Add(new EventPerson("ann@acme.test", false, true));

        // When
        var data = CalendarEventCodec.Encode(e);
        CalendarEventCodec.TryDecode(data, 41, "séries-1@x", new StringTable(), out var decoded).ShouldBeTrue();

        // Then
        decoded.ShouldNotBeNull();
        decoded.Line.ShouldBe(41);
        decoded.Uid.ShouldBe("séries-1@x");
        decoded.Start.ShouldBe(e.Start);
        decoded.End.ShouldBe(e.End);
        decoded.End!.Value.Local.Kind.ShouldBe(DateTimeKind.Utc);
        decoded.Duration.ShouldBe(e.Duration);
        decoded.RecurrenceId.ShouldBe(e.RecurrenceId);
        decoded.ThisAndFuture.ShouldBeTrue();
        decoded.Sequence.ShouldBe(-3);
        decoded.Stamp.ShouldBe(e.Stamp);
        decoded.LastModified.ShouldBe(e.LastModified);
        decoded.Cancelled.ShouldBeTrue();
        decoded.Transparent.ShouldBe(false);
        decoded.Organizer.ShouldBe(e.Organizer);
        decoded.Attendees.ShouldBe(e.Attendees);
        decoded.RDates.ShouldBe(e.RDates);
        decoded.ExDates.ShouldBe(e.ExDates);
        decoded.Rules.Select(CalendarText.Rule).ShouldBe([CalendarText.Rule(Weekly)]);
        decoded.Rules[0].WeekStart.ShouldBe(DayOfWeek.Sunday);
        decoded.ExRules.Select(CalendarText.Rule).ShouldBe(["FREQ=MONTHLY;BYMONTHDAY=-1"]);
    }

    [Fact]
    public void An_event_with_nothing_but_a_start_comes_back_with_every_other_field_unset()
    {
        // Given
        var e = new CalendarEvent { Start = new IcsTime(new DateTime(2026, 1, 5, 10, 0, 0), IcsTimeKind.Floating, null) };

        // When
        CalendarEventCodec.TryDecode(CalendarEventCodec.Encode(e), 3, null, new StringTable(), out var decoded).ShouldBeTrue();

        // Then
        decoded!.Start.ShouldBe(e.Start);
        decoded.End.ShouldBeNull();
        decoded.Duration.ShouldBeNull();
        decoded.RecurrenceId.ShouldBeNull();
        decoded.Transparent.ShouldBeNull();
        decoded.Organizer.ShouldBeNull();
        decoded.Stamp.ShouldBeNull();
        decoded.Attendees.ShouldBeEmpty();
        decoded.Rules.ShouldBeEmpty();
    }

    [Fact]
    public void Addresses_that_repeat_across_events_are_kept_once()
    {
        // Given two events with the same attendee
        var table = new StringTable();
        var e = new CalendarEvent { Start = new IcsTime(new DateTime(2026, 1, 5), IcsTimeKind.Date, null) };
        e.Attendees.Add(new EventPerson("ann@acme.test", false, false));
        var data = CalendarEventCodec.Encode(e);

        // When
        CalendarEventCodec.TryDecode(data, 1, null, table, out var first).ShouldBeTrue();
        CalendarEventCodec.TryDecode(data, 2, null, table, out var second).ShouldBeTrue();

        // Then
        ReferenceEquals(first!.Attendees[0].Address, second!.Attendees[0].Address).ShouldBeTrue();
    }

    [Fact]
    public void Every_truncation_of_an_encoded_event_and_every_unknown_version_is_refused()
    {
        // Given
        var e = new CalendarEvent { Start = new IcsTime(new DateTime(2026, 1, 5, 9, 0, 0), IcsTimeKind.Zoned, "Europe/Berlin") };
        e.Rules.Add(Weekly);
        e.Attendees.Add(new EventPerson("ann@acme.test", false, false));
        var data = CalendarEventCodec.Encode(e);

        // When / Then
        for (var length = 0; length < data.Length; length++)
        {
            CalendarEventCodec.TryDecode(data.AsSpan(0, length), 1, null, new StringTable(), out _).ShouldBeFalse($"cut at {length}");
        }

        CalendarEventCodec.TryDecode([.. data, 0], 1, null, new StringTable(), out _).ShouldBeFalse("a trailing byte");
        data[0] = CalendarEventCodec.Version + 1;
        CalendarEventCodec.TryDecode(data, 1, null, new StringTable(), out _).ShouldBeFalse("a later layout");
    }

    [Fact]
    public void Arbitrary_bytes_are_refused_or_decoded_but_never_throw()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            var withVersion = bytes.Length > 0 ? [CalendarEventCodec.Version, .. bytes[1..]] : bytes;
            CalendarEventCodec.TryDecode(withVersion, 1, null, new StringTable(), out _);
        }, iter: 20_000);
    }

    private static RecurrenceRule Rule(string text)
    {
        RecurrenceRuleParser.TryParse(text, out var rule, out var problem).ShouldBeTrue(problem);
        return rule!;
    }
}
