using System.CommandLine;
using System.Text;
using ManagerFocus.Rendering;
using ManagerFocus.Diagnostics;
using ManagerFocus.Reporting;

namespace ManagerFocus.Cli.Commands;

/// <summary>--format and --out: which renderer, and whether to stdout or a file.</summary>
internal sealed class OutputOptions
{
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "table, json, csv or html",
        DefaultValueFactory = _ => "table",
    };

    public Option<string?> Out { get; } = new("--out", "-o") { Description = "write the report to this file instead of stdout" };

    public Option<bool> Weekly { get; } = new("--weekly") { Description = "with --format csv: one row per manager and week (long format)" };

    public OutputOptions()
    {
        Format.AcceptOnlyFromAmong("table", "json", "csv", "html");
    }

    public void AddTo(Command command)
    {
        command.Options.Add(Format);
        command.Options.Add(Out);
        command.Options.Add(Weekly);
    }

    public void Write(ParseResult parsed, Report report, CliContext context)
    {
        var path = parsed.GetValue(Out);
        if (parsed.GetValue(Weekly) && parsed.GetValue(Format) != "csv")
        {
            throw UserError.InvalidOption("--weekly", "true", "the weekly long format is a CSV; add --format csv (JSON has weeks[] per manager)");
        }

        var renderer = parsed.GetValue(Format) switch
        {
            "json" => (IReportRenderer)new JsonReportRenderer(),
            "csv" when parsed.GetValue(Weekly) => new CsvWeeklyRenderer(),
            "csv" => new CsvReportRenderer(),
            "html" => new HtmlReportRenderer(),
            _ => new TableReportRenderer(color: path is null && !Console.IsOutputRedirected && context.Out == Console.Out),
        };
        if (path is null)
        {
            renderer.Render(report, context.Out);
            return;
        }

        try
        {
            using var file = new StreamWriter(path, append: false, new UTF8Encoding(false));
            renderer.Render(report, file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UserError.Unreadable(path, $"cannot write the report: {e.Message}");
        }

        context.Error.WriteLine($"Report written to {path}");
    }
}
