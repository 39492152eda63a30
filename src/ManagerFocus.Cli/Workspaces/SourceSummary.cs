namespace ManagerFocus.Cli.Workspaces;

/// <summary>What one import did to one kind of source, printed as one line.</summary>
internal sealed class SourceSummary(string kind)
{
    public int New { get; set; }
    public int Unchanged { get; set; }
    public int Replaced { get; set; }
    public int Records { get; set; }
    public string RecordName { get; init; } = "records";
    public int Warnings { get; set; }

    public override string ToString() =>
        $"{kind}: {New} new, {Unchanged} unchanged, {Replaced} replaced; {Records} {RecordName} written; {Warnings} warning(s)";
}
