namespace ManagerFocus.Diagnostics;

/// <summary>A problem with one row, object or file of an input; the rest of the input was kept.</summary>
public sealed record Warning(string Source, string Location, string Message);
