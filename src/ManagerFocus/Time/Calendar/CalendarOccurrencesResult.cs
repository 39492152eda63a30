using ManagerFocus.Time;

namespace ManagerFocus.Time.Calendar;

/// <summary>What one owner's file adds: meeting and one-on-one intervals, one-on-ones for coverage, explained occurrences.</summary>
internal sealed class CalendarOccurrencesResult(int owner)
{
    public int Owner => owner;
    public List<TimeInterval> Meetings { get; } = [];
    public List<TimeInterval> OneOnOneTime { get; } = [];
    public List<OneOnOneMeeting> OneOnOnes { get; } = [];
    public List<ExplainedOccurrence> Explained { get; } = [];

    /// <summary>Occurrences overlapping the period, of any kind.</summary>
    public int Occurrences { get; set; }

    public int CountedOccurrences { get; set; }
    public int NativeRules { get; set; }
    public int FallbackRules { get; set; }
}
