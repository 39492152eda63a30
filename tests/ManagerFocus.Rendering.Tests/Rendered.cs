using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests;

/// <summary>Runs one renderer into a string.</summary>
internal static class Rendered
{
    public static string With(IReportRenderer renderer, Report report)
    {
        using var writer = new StringWriter { NewLine = "\n" };
        renderer.Render(report, writer);
        return writer.ToString();
    }
}
