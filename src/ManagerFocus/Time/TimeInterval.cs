namespace ManagerFocus.Time;

/// <summary>[Start, End) in unix seconds.</summary>
public readonly record struct TimeInterval(long Start, long End);
