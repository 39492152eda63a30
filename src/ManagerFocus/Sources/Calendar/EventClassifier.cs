using ManagerFocus.Org;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Classifies an event for the calendar's owner: meeting, one-on-one, or why it does not count.</summary>
internal sealed class EventClassifier(Organization org, int owner)
{
    public EventClass Classify(CalendarEvent e)
    {
        if (e.IsAllDay)
        {
            return new EventClass(OccurrenceKind.AllDay);
        }

        if (e.Cancelled)
        {
            return new EventClass(OccurrenceKind.Cancelled);
        }

        if (e.Attendees.Any(a => a.Person == owner && a.Declined))
        {
            return new EventClass(OccurrenceKind.Declined);
        }

        if (e.Transparent == true)
        {
            return new EventClass(OccurrenceKind.Transparent);
        }

        if (!e.Attendees.Any(a => !a.IsResource && a.Person != owner))
        {
            return new EventClass(OccurrenceKind.Solo);
        }

        return OneOnOne(e) ?? new EventClass(OccurrenceKind.Meeting);
    }

    /// <summary>Exactly two known people and no unknown address, one the other's manager.</summary>
    private EventClass? OneOnOne(CalendarEvent e)
    {
        var other = -1;
        var people = e.Organizer is { } organizer ? e.Attendees.Append(organizer) : e.Attendees;
        foreach (var person in people)
        {
            if (person.IsResource || person.Person == owner)
            {
                continue;
            }

            if (person.Person < 0 || (other >= 0 && other != person.Person))
            {
                return null;
            }

            other = person.Person;
        }

        return other < 0 ? null
            : org.IsManagerOf(owner, other) ? new EventClass(OccurrenceKind.OneOnOne, owner, other)
            : org.IsManagerOf(other, owner) ? new EventClass(OccurrenceKind.OneOnOne, other, owner)
            : null;
    }
}
