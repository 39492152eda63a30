namespace ManagerFocus.Sources.Calendar;

/// <summary>An organizer or attendee by address: a known person's index, or -1 with the lower-cased address.</summary>
internal readonly record struct EventPerson(int Person, string? UnknownAddress, bool IsResource, bool Declined);
