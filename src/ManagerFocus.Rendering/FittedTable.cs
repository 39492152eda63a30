using Spectre.Console;
using Spectre.Console.Rendering;

namespace ManagerFocus.Rendering;

/// <summary>
/// A terminal table that fits a width without splitting a word (docs/definitions.md, "Terminal table"): columns wrap only
/// between words, and when even that is too wide the columns of the highest priority number are left out first.
/// </summary>
internal sealed class FittedTable
{
    private readonly List<ColumnSpec> _columns = [];
    private readonly List<string[]> _rows = [];

    /// <summary>A column; <paramref name="priority"/> 0 is never left out, higher numbers are left out first.</summary>
    public FittedTable Column(string header, int priority)
    {
        _columns.Add(new ColumnSpec(header, priority));
        return this;
    }

    /// <summary>A row of Spectre markup, one cell per column.</summary>
    public FittedTable Row(params string[] cells)
    {
        _rows.Add(cells);
        return this;
    }

    /// <summary>
    /// The table for a console <paramref name="width"/> columns wide (null: no limit, every column at its full width), and the
    /// headers of the columns left out to fit.
    /// </summary>
    public (Table Table, IReadOnlyList<string> LeftOut) Build(int? width)
    {
        var options = new RenderOptions(new Capabilities(), new Size(int.MaxValue / 2, 1));
        var measured = _columns.Select((c, i) => Measure(options, c, i)).ToList();
        var kept = measured.ToList();
        var leftOut = new List<string>();
        if (width is { } limit)
        {
            // Leave out the least needed columns until every kept column fits with no word split, the ones never left out
            // (the manager) at least half their full width, so a name wraps onto two lines at most.
            while (Total(kept.Select(m => m.Floor)) > limit && kept.Where(m => m.Priority > 0).MaxBy(m => m.Priority) is { } least)
            {
                kept.Remove(least);
            }

            leftOut.AddRange(measured.Except(kept).Select(m => m.Header));
            // The room left widens the most needed columns first, up to their full width.
            var room = limit - Total(kept.Select(m => m.Floor));
            foreach (var m in kept.OrderBy(m => m.Priority).ThenBy(m => m.Index))
            {
                var grow = Math.Clamp(m.Max - m.Floor, 0, Math.Max(room, 0));
                m.Width = m.Floor + grow;
                room -= grow;
            }
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var m in kept)
        {
            table.AddColumn(new TableColumn(m.Header) { Width = width is null ? null : m.Width });
        }

        foreach (var row in _rows)
        {
            table.AddRow(kept.Select(m => row[m.Index]).ToArray());
        }

        return (table, leftOut);
    }

    /// <summary>The width of a rounded-border table whose columns have these content widths (one space of padding either side).</summary>
    public static int Total(IEnumerable<int> widths)
    {
        var list = widths.ToList();
        return list.Sum(w => w + 2) + list.Count + 1;
    }

    /// <summary>A column's narrowest width (its longest word) and full width (its longest cell), as Spectre measures text.</summary>
    private Measured Measure(RenderOptions options, ColumnSpec column, int index)
    {
        var cells = _rows.Select(r => new Markup(r[index])).Prepend(new Markup(Markup.Escape(column.Header)));
        var sizes = cells.Select(c => ((IRenderable)c).Measure(options, int.MaxValue / 2)).ToList();
        var min = sizes.Max(s => s.Min);
        var max = sizes.Max(s => s.Max);
        return new Measured(column.Header, column.Priority, index, min, max) { Width = max };
    }

    private sealed record ColumnSpec(string Header, int Priority);

    private sealed record Measured(string Header, int Priority, int Index, int Min, int Max)
    {
        public int Floor => Priority == 0 ? Math.Max(Min, (Max + 1) / 2) : Min;

        public int Width { get; set; }
    }

    private sealed class Capabilities : IReadOnlyCapabilities
    {
        public ColorSystem ColorSystem => ColorSystem.NoColors;
        public bool Ansi => false;
        public bool Links => false;
        public bool Legacy => false;
        public bool IsTerminal => false;
        public bool Interactive => false;
        public bool Unicode => true;
    }
}
