using System.CommandLine;
using ManagerFocus.Analysis;
using ManagerFocus.Rendering;
using ManagerFocus.Diagnostics;
using ManagerFocus.Reporting;

namespace ManagerFocus.Cli.Commands;

/// <summary>--format and --out: which renderer, and whether to stdout or a file.</summary>
internal sealed class OutputOptions
{
    public Option<string> Format { get; } = new("--format", "-f")
    {
        Description = "table, json, csv or html, in any case (default: from the --out file's extension, else table)",
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

    /// <summary>Renders the report to stdout or, whole or not at all, to --out; <paramref name="inputs"/> are the files --out may not replace.</summary>
    public void Write(ParseResult parsed, Report report, CliContext context, IEnumerable<string?> inputs)
    {
        var path = parsed.GetValue(Out);
        var format = FormatOf(parsed.GetResult(Format) is { Implicit: false } ? parsed.GetValue(Format) : null, path);
        if (parsed.GetValue(Weekly) && format != "csv")
        {
            throw UserError.InvalidOption("--weekly", "true", "the weekly long format is a CSV; add --format csv (JSON has weeks[] per manager)");
        }

        var terminal = path is null && !Console.IsOutputRedirected && context.Out == Console.Out;
        var renderer = format switch
        {
            "json" => (IReportRenderer)new JsonReportRenderer(),
            "csv" when parsed.GetValue(Weekly) => new CsvWeeklyRenderer(),
            "csv" => new CsvReportRenderer(),
            "html" => new HtmlReportRenderer(),
            // On a terminal the table fits its width; anywhere else every column is written and no line is wrapped.
            _ => new TableReportRenderer(color: terminal, width: terminal ? TerminalWidth() : null),
        };
        if (path is null)
        {
            ToStdout(context, writer => renderer.Render(report, writer));
            return;
        }

        ReportFile.Write("--out", path, inputs, writer => renderer.Render(report, writer));
        context.Error.WriteLine($"Report written to {path}");
    }

    /// <summary>
    /// The format to write (docs/definitions.md, "Output formats"): --format when given, else the one the --out file's
    /// extension names (.html/.htm, .json, .csv, .txt), else table; a --format that contradicts the extension is refused.
    /// </summary>
    public static string FormatOf(string? explicitFormat, string? path)
    {
        var byExtension = Path.GetExtension(path ?? "").ToLowerInvariant() switch
        {
            ".html" or ".htm" => "html",
            ".json" => "json",
            ".csv" => "csv",
            ".txt" => "table",
            _ => null,
        };
        if (explicitFormat is not null && byExtension is not null && explicitFormat != byExtension)
        {
            throw UserError.InvalidOption("--format", explicitFormat,
                $"--out {path} names a {byExtension} file; leave --format out to write {byExtension}, or give --out a matching extension");
        }

        return explicitFormat ?? byExtension ?? "table";
    }

    /// <summary>The terminal's width in columns; a console that cannot tell counts as 80 wide.</summary>
    private static int TerminalWidth()
    {
        try
        {
            return Console.WindowWidth > 0 ? Console.WindowWidth : 80;
        }
        catch (IOException)
        {
            return 80;
        }
    }

    /// <summary>The files a report must not replace: every input file, and every existing file in a calendar or review folder.</summary>
    public static IEnumerable<string?> InputsOf(AnalysisRequest request)
    {
        string?[] named = [request.PeoplePath, request.SurveyPath, request.ExitsPath, request.PolicyPath, .. request.GitPaths];
        var read = request.CalendarPaths.Concat(request.ReviewPaths)
            .SelectMany(path => Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }) : [path]);
        return named.Concat(read);
    }

    /// <summary>Writes to stdout; a closed or full stdout is a user error (exit 2), not a crash.</summary>
    public static void ToStdout(CliContext context, Action<TextWriter> render)
    {
        try
        {
            render(context.Out);
            context.Out.Flush();
        }
        catch (IOException e)
        {
            throw UserError.Unwritable("standard output", e.Message);
        }
    }
}
