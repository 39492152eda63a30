namespace ManagerFocus.Activity.Calendar;

/// <summary>The FREQ of a recurrence rule (RFC 5545, 3.3.10).</summary>
internal enum Frequency
{
    Secondly,
    Minutely,
    Hourly,
    Daily,
    Weekly,
    Monthly,
    Yearly,
}
