using System.Text;
using System.Text.Encodings.Web;
using ManagerFocus.Web.Pages;

namespace ManagerFocus.Web.Tables;

/// <summary>
/// A table as HTML, written directly rather than through a Razor partial: the organization home's table has a row
/// per manager (a thousand for an administrator of a large organization) and is kept rendered per viewer and sort.
/// </summary>
public static class TableHtml
{
    public static string Render(TableModel model)
    {
        var table = model.Table;
        var html = new StringBuilder(256 + (table.Rows.Count * 400));
        html.Append("<section class=\"table\" id=\"").Append(Encode(table.Name)).Append("\">\n<h2>").Append(Encode(table.Title)).Append("</h2>\n");
        if (table.Rows.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(Encode(table.Empty)).Append("</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead><tr>");
            for (var i = 0; i < table.Header.Count; i++)
            {
                html.Append("<th>");
                if (model.SortKeys?.ElementAtOrDefault(i) is { } key)
                {
                    var dir = model.Sort == key && !model.Descending ? "desc" : "asc";
                    html.Append("<a href=\"?").Append(Encode($"{model.Query}&sort={key}&dir={dir}")).Append("\">").Append(Encode(table.Header[i])).Append("</a>");
                }
                else
                {
                    html.Append(Encode(table.Header[i]));
                }

                html.Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append(row.Class is null ? "<tr>" : $"<tr class=\"{Encode(row.Class)}\">");
                for (var i = 0; i < row.Cells.Count; i++)
                {
                    html.Append("<td>");
                    if (row.Links?.ElementAtOrDefault(i) is { } link)
                    {
                        html.Append("<a href=\"").Append(Encode(link)).Append("\">").Append(Encode(row.Cells[i])).Append("</a>");
                    }
                    else
                    {
                        html.Append(Encode(row.Cells[i]));
                    }

                    html.Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n");
        }

        if (model.Export.Length > 0)
        {
            html.Append("<p class=\"export\"><a href=\"").Append(Encode(model.Export)).Append("\" download>Export CSV</a></p>\n");
        }

        return html.Append("</section>\n").ToString();
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
