namespace ManagerFocus.Time.Calendar;

/// <summary>The source name of calendar warnings, the same whether a file is read or its events expanded.</summary>
internal static class CalendarWarning
{
    public const string Source = "calendar";
}
