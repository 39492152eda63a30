namespace ManagerFocus.Time;

/// <summary>[Start, End) in unix seconds.</summary>
internal readonly record struct TimeInterval(long Start, long End);
