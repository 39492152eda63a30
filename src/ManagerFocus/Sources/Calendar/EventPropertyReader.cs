using ManagerFocus.Activity.Calendar;

namespace ManagerFocus.Sources.Calendar;

/// <summary>Reads the properties of a VEVENT that matter for time and people; text properties are skipped unread.</summary>
internal sealed class EventPropertyReader
{
    /// <summary>Applies one property to the event; returns a problem to report, or null.</summary>
    public string? Read(CalendarEvent e, ContentLine line)
    {
        switch (line.Name.Length > 0 ? char.ToUpperInvariant(line.Name[0]) : ' ')
        {
            case 'D' when line.Is("DTSTART") || line.Is("DTEND"):
            case 'R' when line.Is("RECURRENCE-ID"):
                return ReadTime(e, line);
            case 'D' when line.Is("DURATION"):
                if (!IcsValues.TryParseDuration(line.Value, out var duration))
                {
                    return Bad(line);
                }

                e.Duration = duration;
                return null;
            case 'R' when line.Is("RRULE"):
                if (!RecurrenceRuleParser.TryParse(line.Value, out var rule, out var error))
                {
                    return $"{error}; the rule is ignored and only DTSTART is counted";
                }

                e.Rules.Add(rule!);
                return error.Length > 0 ? error : null;
            case 'R' when line.Is("RDATE"):
                return ReadRDates(e, line);
            case 'E' when line.Is("EXDATE"):
                return ReadList(line, e.ExDates);
            case 'E' when line.Is("EXRULE"):
                if (!RecurrenceRuleParser.TryParse(line.Value, out var exRule, out var exError))
                {
                    return $"EX{exError}; the exclusion rule is ignored";
                }

                e.ExRules.Add(exRule!);
                return exError.Length > 0 ? $"EX{exError}" : null;
            case 'U' when line.Is("UID"):
                e.Uid = line.Value.Trim().ToString();
                return null;
            case 'S' when line.Is("SEQUENCE"):
                if (!IcsValues.TryDigits(line.Value.Trim(), out var sequence))
                {
                    return Bad(line);
                }

                e.Sequence = sequence;
                return null;
            case 'D' when line.Is("DTSTAMP"):
            case 'L' when line.Is("LAST-MODIFIED"):
                return ReadStamp(e, line);
            case 'S' when line.Is("STATUS"):
                e.Cancelled = line.Value.Trim().Equals("CANCELLED", StringComparison.OrdinalIgnoreCase);
                return null;
            case 'T' when line.Is("TRANSP"):
                e.Transparent = line.Value.Trim().Equals("TRANSPARENT", StringComparison.OrdinalIgnoreCase);
                return null;
            case 'O' when line.Is("ORGANIZER"):
                e.Organizer = Person(line);
                return null;
            case 'A' when line.Is("ATTENDEE"):
                e.Attendees.Add(Person(line));
                return null;
            default:
                // SUMMARY, DESCRIPTION, LOCATION, COMMENT and everything else: never copied out of the line buffer.
                return null;
        }
    }

    private static string? ReadTime(CalendarEvent e, ContentLine line)
    {
        if (!Time(line, out var time))
        {
            return Bad(line);
        }

        if (line.Is("DTSTART"))
        {
            e.Start = time;
        }
        else if (line.Is("DTEND"))
        {
            e.End = time;
        }
        else
        {
            e.RecurrenceId = time;
            e.ThisAndFuture = line.Parameter("RANGE").Equals("THISANDFUTURE", StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    private static string? ReadStamp(CalendarEvent e, ContentLine line)
    {
        // A stamp only orders revisions, so a floating or date value is read as UTC rather than rejected.
        if (!IcsValues.TryParseTime(line.Value.Trim(), null, out var stamp))
        {
            return Bad(line);
        }

        if (line.Is("DTSTAMP"))
        {
            e.Stamp = stamp.Local;
        }
        else
        {
            e.LastModified = stamp.Local;
        }

        return null;
    }

    /// <summary>Names the property, never its value: values can hold anything a user typed.</summary>
    private static string Bad(ContentLine line) => $"bad {line.Name.ToString().ToUpperInvariant()} value; ignored";

    private static bool Time(ContentLine line, out IcsTime time)
    {
        var tzid = line.Parameter("TZID");
        return IcsValues.TryParseTime(line.Value, tzid.IsEmpty ? null : tzid.ToString(), out time);
    }

    private static string? ReadList(ContentLine line, List<IcsTime> into)
    {
        var tzid = line.Parameter("TZID");
        var zone = tzid.IsEmpty ? null : tzid.ToString();
        foreach (var range in line.Value.Split(','))
        {
            if (!IcsValues.TryParseTime(line.Value[range], zone, out var time))
            {
                return Bad(line);
            }

            into.Add(time);
        }

        return null;
    }

    private static string? ReadRDates(CalendarEvent e, ContentLine line)
    {
        var tzid = line.Parameter("TZID");
        var zone = tzid.IsEmpty ? null : tzid.ToString();
        foreach (var range in line.Value.Split(','))
        {
            var item = line.Value[range];
            var slash = item.IndexOf('/');
            var startText = slash < 0 ? item : item[..slash];
            if (!IcsValues.TryParseTime(startText, zone, out var start))
            {
                return Bad(line);
            }

            if (slash < 0)
            {
                e.RDates.Add(new RecurrenceDate(start, null, null));
            }
            else if (IcsValues.TryParseTime(item[(slash + 1)..], zone, out var end))
            {
                e.RDates.Add(new RecurrenceDate(start, end, null));
            }
            else if (IcsValues.TryParseDuration(item[(slash + 1)..], out var duration))
            {
                e.RDates.Add(new RecurrenceDate(start, null, duration));
            }
            else
            {
                return Bad(line);
            }
        }

        return null;
    }

    private EventPerson Person(ContentLine line)
    {
        var address = line.Value.Trim();
        if (address.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            address = address[7..].Trim();
        }

        var cuType = line.Parameter("CUTYPE");
        var resource = cuType.Equals("ROOM", StringComparison.OrdinalIgnoreCase) || cuType.Equals("RESOURCE", StringComparison.OrdinalIgnoreCase);
        var declined = line.Parameter("PARTSTAT").Equals("DECLINED", StringComparison.OrdinalIgnoreCase);
        // Addresses are attributed to people by the analysis, with the organization in force then.
        return new EventPerson(address.ToString(), resource, declined);
    }
}
