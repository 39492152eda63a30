namespace ManagerFocus.Activity.Calendar;

/// <summary>An organizer or attendee as written: the address (without mailto:), whether it is a room or resource, whether it declined.</summary>
internal readonly record struct EventPerson(string Address, bool IsResource, bool Declined);
