using ManagerFocus.Activity.Calendar;
using ManagerFocus.Org;

namespace ManagerFocus.Time.Calendar;

/// <summary>Classifies an event for the calendar's owner: meeting, one-on-one, or why it does not count.</summary>
internal sealed class EventClassifier(Organization org, int owner)
{
    private readonly Dictionary<string, int> _people = new(StringComparer.OrdinalIgnoreCase);

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

        if (e.Attendees.Any(a => PersonOf(a) == owner && a.Declined))
        {
            return new EventClass(OccurrenceKind.Declined);
        }

        if (e.Transparent == true)
        {
            return new EventClass(OccurrenceKind.Transparent);
        }

        if (!e.Attendees.Any(a => !a.IsResource && PersonOf(a) != owner))
        {
            return new EventClass(OccurrenceKind.Solo);
        }

        return OneOnOne(e) ?? new EventClass(OccurrenceKind.Meeting);
    }

    /// <summary>Exactly two known people and no unknown address: a one-on-one on the days one is the other's manager.</summary>
    private EventClass? OneOnOne(CalendarEvent e)
    {
        var other = -1;
        var people = e.Organizer is { } organizer ? e.Attendees.Append(organizer) : e.Attendees;
        foreach (var person in people)
        {
            var index = PersonOf(person);
            if (person.IsResource || index == owner)
            {
                continue;
            }

            if (index < 0 || (other >= 0 && other != index))
            {
                return null;
            }

            other = index;
        }

        return other < 0 ? null : new EventClass(OccurrenceKind.Meeting, Other: other);
    }

    /// <summary>
    /// A meeting of the owner and exactly one other known person on the occurrence's day: a one-on-one when one is the
    /// other's manager in the snapshot in force that day (docs/definitions.md, "One-on-one"), else a meeting.
    /// </summary>
    public EventClass OnDay(EventClass pair, long startUnix)
    {
        var day = Period.DayOf(startUnix);
        return org.IsManagerOn(owner, pair.Other, day) ? new EventClass(OccurrenceKind.OneOnOne, owner, pair.Other)
            : org.IsManagerOn(pair.Other, owner, day) ? new EventClass(OccurrenceKind.OneOnOne, pair.Other, owner)
            : new EventClass(OccurrenceKind.Meeting);
    }

    /// <summary>The person an address names in the organization (email or alias), or -1; each address resolved once per file.</summary>
    private int PersonOf(EventPerson person)
    {
        if (!_people.TryGetValue(person.Address, out var index))
        {
            index = org.Identities.Resolve(person.Address);
            _people.Add(person.Address, index);
        }

        return index;
    }
}
