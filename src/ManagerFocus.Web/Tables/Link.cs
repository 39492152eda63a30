using ManagerFocus.Web.Data;

namespace ManagerFocus.Web.Tables;

/// <summary>The dashboard's addresses, each carrying the period being viewed.</summary>
public static class Link
{
    public static string Manager(string id, DashboardView view) => $"/managers/{Uri.EscapeDataString(id)}?{view.Period.Query}";

    public static string Explain(string id, DashboardView view) => $"/people/{Uri.EscapeDataString(id)}/explain?{view.Period.Query}";

    public static string Export(string table, DashboardView view, string? id = null) =>
        id is null ? $"/export/{table}.csv?{view.Period.Query}" : $"/export/{table}.csv?id={Uri.EscapeDataString(id)}&{view.Period.Query}";
}
