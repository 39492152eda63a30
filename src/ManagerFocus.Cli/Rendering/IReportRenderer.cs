using ManagerFocus.Reporting;

namespace ManagerFocus.Cli.Rendering;

/// <summary>Writes a report in one output format; renderers never compute, they only lay out.</summary>
internal interface IReportRenderer
{
    void Render(Report report, TextWriter writer);
}
