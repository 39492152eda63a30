namespace ManagerFocus.Web.Tables;

/// <summary>One table as a page shows it and its CSV export writes it: formatted cells, and for the page, a link per cell.</summary>
public sealed record DataTable(string Name, string Title, IReadOnlyList<string> Header, IReadOnlyList<DataRow> Rows)
{
    /// <summary>Said instead of the table when it has no rows.</summary>
    public string Empty { get; init; } = "Nothing to show.";
}

/// <summary>One row: its cells, and an optional link for each (null where a cell links nowhere).</summary>
public sealed record DataRow(IReadOnlyList<string> Cells, IReadOnlyList<string?>? Links = null, string? Class = null);
