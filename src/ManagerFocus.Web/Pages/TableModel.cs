using ManagerFocus.Web.Tables;

namespace ManagerFocus.Web.Pages;

/// <summary>What the shared table partial draws: the table, its export address and, for sortable tables, a sort key per column.</summary>
public sealed record TableModel(DataTable Table, string Export, string Query)
{
    public IReadOnlyList<string?>? SortKeys { get; init; }

    public string? Sort { get; init; }

    public bool Descending { get; init; }
}
