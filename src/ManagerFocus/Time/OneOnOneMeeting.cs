namespace ManagerFocus.Time;

/// <summary>A one-on-one between a manager and one of their reports, found in either person's calendar.</summary>
public readonly record struct OneOnOneMeeting(int Manager, int Report, long StartUnix);
