namespace ManagerFocus.Generator;

/// <summary>VTIMEZONE components as Google (IANA names) and Outlook (Windows names) export them.</summary>
internal static class ZoneBlocks
{
    public static void Write(IcsWriter ics, Zone zone, bool outlook)
    {
        ics.Line("BEGIN:VTIMEZONE");
        ics.Line($"TZID:{(outlook ? zone.WindowsId : zone.Id)}");
        if (!outlook)
        {
            ics.Line($"X-LIC-LOCATION:{zone.Id}");
        }

        var std = Zone.Format(zone.StandardMinutes, "");
        var dst = Zone.Format(zone.DaylightMinutes, "");
        var epoch = outlook ? "1601" : "1970";
        if (zone.Rule != DstRule.None)
        {
            var (dstStart, dstMonth, dstDay, stdStart, stdMonth, stdDay) = zone.Rule == DstRule.Eu
                ? (zone.StandardMinutes == 0 ? "0329T010000" : "0329T020000", 3, "-1SU", zone.StandardMinutes == 0 ? "1025T020000" : "1025T030000", 10, "-1SU")
                : ("0308T020000", 3, "2SU", "1101T020000", 11, "1SU");
            if (outlook)
            {
                (dstStart, stdStart) = ("0101" + dstStart[4..], "0101" + stdStart[4..]);
            }

            ics.Line("BEGIN:DAYLIGHT");
            ics.Line($"TZOFFSETFROM:{std}");
            ics.Line($"TZOFFSETTO:{dst}");
            ics.Line($"TZNAME:{zone.DaylightName}");
            ics.Line($"DTSTART:{epoch}{dstStart}");
            ics.Line($"RRULE:FREQ=YEARLY;BYMONTH={dstMonth};BYDAY={dstDay}");
            ics.Line("END:DAYLIGHT");
            ics.Line("BEGIN:STANDARD");
            ics.Line($"TZOFFSETFROM:{dst}");
            ics.Line($"TZOFFSETTO:{std}");
            ics.Line($"TZNAME:{zone.StandardName}");
            ics.Line($"DTSTART:{epoch}{stdStart}");
            ics.Line($"RRULE:FREQ=YEARLY;BYMONTH={stdMonth};BYDAY={stdDay}");
            ics.Line("END:STANDARD");
        }
        else
        {
            ics.Line("BEGIN:STANDARD");
            ics.Line($"TZOFFSETFROM:{std}");
            ics.Line($"TZOFFSETTO:{std}");
            ics.Line($"TZNAME:{zone.StandardName}");
            ics.Line($"DTSTART:{epoch}0101T000000");
            ics.Line("END:STANDARD");
        }

        ics.Line("END:VTIMEZONE");
    }
}
