using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering;

/// <summary>Writes a report in one output format; renderers never compute, they only lay out.</summary>
public interface IReportRenderer
{
    void Render(Report report, TextWriter writer);
}
