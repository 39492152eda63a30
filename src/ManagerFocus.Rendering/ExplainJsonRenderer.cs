using System.Text.Json;

namespace ManagerFocus.Rendering;

/// <summary>`explain --format json`: camelCase like the report contract.</summary>
public static class ExplainJsonRenderer
{
    public static void Render(ExplainReport report, TextWriter writer)
    {
        writer.Write(JsonSerializer.Serialize(report, JsonReportRenderer.Options));
        writer.WriteLine();
    }
}
