using ManagerFocus.Reporting;

namespace ManagerFocus.Rendering.Tests;

// Golden files live in tests/ManagerFocus.Rendering.Tests/Golden/. After an intended change to the output, rewrite them with
// MANAGERFOCUS_UPDATE_GOLDEN=1 dotnet test tests/ManagerFocus.Rendering.Tests --filter ReportRenderer
// and review the diff like code.
public sealed class TableReportRendererTests
{
    [Fact]
    public void Table_without_color_matches_the_golden_file()
    {
        // Given
        var report = ReportSamples.Full();

        // When
        var text = Rendered.With(new TableReportRenderer(color: false), report);

        // Then
        GoldenFile.Verify("report.txt", text);
    }

    [Fact]
    public void Table_without_color_has_no_escape_sequences_and_keeps_markup_characters_as_text()
    {
        var text = Rendered.With(new TableReportRenderer(color: false), ReportSamples.Full());

        text.ShouldNotContain("\u001b[");
        text.ShouldContain(ReportSamples.EscapedName);
    }

    public sealed class Fitting
    {
        [Theory]
        [InlineData(80)]
        [InlineData(100)]
        [InlineData(120)]
        [InlineData(160)]
        public void Every_line_fits_the_terminal_width(int width)
        {
            var text = Rendered.With(new TableReportRenderer(color: false, width), ReportSamples.Full());

            text.Split('\n').ShouldAllBe(line => line.Length <= width);
        }

        [Theory]
        [InlineData(80)]
        [InlineData(100)]
        [InlineData(120)]
        [InlineData(160)]
        public void No_word_of_a_cell_is_split_names_included(int width)
        {
            // Given every word the managers table can show
            var report = ReportSamples.Full();
            var words = report.Managers
                .SelectMany(m => new[] { m.Name, $"({m.Id})", Format.Name(m.ObservedRole) ?? "" }.Concat(m.Violations.Select(v => v.Rule)))
                .SelectMany(cell => cell.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Distinct()
                .ToList();

            // When
            var text = Rendered.With(new TableReportRenderer(color: false, width), report);

            // Then each is whole on some line of the table
            var lines = text.Split('\n').Where(l => l.StartsWith('│')).ToList();
            foreach (var word in words)
            {
                lines.ShouldContain(l => l.Contains(word), $"'{word}' is split or missing at width {width}");
            }
        }

        [Fact]
        public void A_narrow_terminal_leaves_out_the_least_needed_columns_first_and_says_how_to_see_them()
        {
            var text = Rendered.With(new TableReportRenderer(color: false, 80), ReportSamples.Full());

            var header = text.Split('\n').First(l => l.StartsWith("│ Manager", StringComparison.Ordinal));
            foreach (var kept in new[] { "Manager", "Role", "Coding", "Rules" })
            {
                header.ShouldContain(kept);
            }

            header.ShouldNotContain("Review wait");
            header.ShouldNotContain("Tier");
            // One sentence, which a terminal this narrow wraps between words.
            text.Split('\n').Count(l => l.StartsWith("Left out to fit 80 columns:", StringComparison.Ordinal)).ShouldBe(1);
            var note = text[text.IndexOf("Left out to fit", StringComparison.Ordinal)..].Split("Managers by observed role")[0];
            note = string.Join(" ", note.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            note.ShouldContain("Review wait (h) mgr/others");
            note.ShouldContain("Tier, Track");
            note.ShouldContain("Tier");
            note.ShouldContain("--format csv, json or html");
        }

        [Fact]
        public void A_wide_enough_terminal_leaves_out_nothing()
        {
            var text = Rendered.With(new TableReportRenderer(color: false, 240), ReportSamples.Full());

            text.ShouldNotContain("Left out");
            text.ShouldContain("Review wait (h) mgr/others");
        }

        [Fact]
        public void Without_a_terminal_every_column_is_written_and_no_line_is_wrapped()
        {
            var report = ReportSamples.Full();

            var text = Rendered.With(new TableReportRenderer(color: false), report);

            var lines = text.Split('\n');
            text.ShouldNotContain("Left out");
            foreach (var m in report.Managers)
            {
                lines.ShouldContain(l => l.StartsWith("│ ", StringComparison.Ordinal) && l.Contains($"{m.Name} ({m.Id})"));
                foreach (var v in m.Violations)
                {
                    lines.ShouldContain(l => l.EndsWith($"{m.Name}: {v.Rule}: {v.Message}", StringComparison.Ordinal));
                }

                foreach (var r in m.Recommendations)
                {
                    lines.ShouldContain($"-> {m.Name}: {r.Message}");
                }
            }
        }
    }

    public sealed class Notes
    {
        [Fact]
        public void Shares_above_100_percent_are_marked_and_explained_in_a_footnote()
        {
            var report = ReportSamples.Full();
            var first = report.Managers[0] with { CodingShare = 0.6, MeetingShare = 0.5 };
            report = report with { Managers = [first, .. report.Managers.Skip(1)] };

            var text = Rendered.With(new TableReportRenderer(color: false), report);

            text.ShouldContain($"{first.Name} ({first.Id}) *");
            text.ShouldContain("* Coding, review and meeting shares add up to more than 100%: coding sessions can overlap meetings");
        }

        [Fact]
        public void Shares_within_100_percent_have_no_footnote()
        {
            var text = Rendered.With(new TableReportRenderer(color: false), ReportSamples.Full());

            text.ShouldNotContain("more than 100%");
        }

        [Fact]
        public void Repositories_are_listed_with_their_commits_as_the_report_counts_them()
        {
            var report = ReportSamples.Full();
            report = report with
            {
                Inputs = report.Inputs with { Repositories = [new RepositoryReport("repos/api", 12, 40), new RepositoryReport("repos/web", 3, 3)] },
            };

            var text = Rendered.With(new TableReportRenderer(color: false), report);

            text.ShouldContain("Git: 2 repositories, 15 commits in the period (43 in total):");
            text.ShouldContain("  repos/api: 12 commits in the period, 40 in total");
            text.ShouldContain("  repos/web: 3 commits in the period, 3 in total");
        }
    }
}
