using System.Reflection;
using System.Text.RegularExpressions;
using ManagerFocus.Rendering;
using ManagerFocus.Reporting;

namespace ManagerFocus.Tests.Architecture;

/// <summary>Data flows one way: no project and no engine folder may use a later stage.</summary>
public sealed partial class LayeringTests
{
    public sealed class Projects
    {
        private static readonly string[] DatabaseDrivers = ["Microsoft.Data.Sqlite", "SQLitePCLRaw", "System.Data.SQLite", "Npgsql", "Microsoft.Data.SqlClient"];

        private static readonly string[] ForbiddenInEngine =
        [
            .. DatabaseDrivers,
            "Spectre.Console", "System.CommandLine",
            "Microsoft.AspNetCore",
            "ScottPlot", "SkiaSharp", "HarfBuzzSharp",
            "ManagerFocus.Storage", "ManagerFocus.Generator", "ManagerFocus.Rendering", "ManagerFocus.Cli", "ManagerFocus.Web",
        ];

        private static readonly string[] ForbiddenInRendering = [.. DatabaseDrivers, "ManagerFocus.Cli", "ManagerFocus.Web", "System.CommandLine"];

        [Fact]
        public void The_engine_references_no_database_driver_console_web_or_chart_library_and_no_later_project()
        {
            // Given
            var engine = typeof(Report).Assembly;

            // When
            var references = ReferencesOf(engine);

            // Then
            references.ShouldContain("YamlDotNet", "the engine's references were not read");
            Offending(references, ForbiddenInEngine).ShouldBeEmpty();
        }

        [Fact]
        public void Rendering_references_the_engine_but_neither_the_cli_nor_a_database_driver()
        {
            // Given
            var rendering = typeof(JsonReportRenderer).Assembly;

            // When
            var references = ReferencesOf(rendering);

            // Then
            references.ShouldContain("ManagerFocus");
            Offending(references, ForbiddenInRendering).ShouldBeEmpty();
        }

        private static List<string> ReferencesOf(Assembly assembly) =>
            assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();

        private static List<string> Offending(IEnumerable<string> references, string[] forbidden) =>
            references.Where(r => forbidden.Any(f => r == f || r.StartsWith(f + ".", StringComparison.Ordinal))).ToList();
    }

    public sealed partial class EngineFolders
    {
        private const string Engine = "src/ManagerFocus";

        /// <summary>
        /// The order of the engine's folders: a folder may use its own namespace, an earlier stage, a foundation
        /// (stage 0, anyone may use) and the root namespace ManagerFocus. Activity comes before Sources because the
        /// importers emit Activity records and must name them, while the records know nothing of the importers;
        /// data still flows Sources -> Activity. Org (people and reporting lines, built from Activity's people rows)
        /// and Sources are siblings: importers never resolve people. Policy and Evidence are siblings too.
        /// </summary>
        private static readonly IReadOnlyDictionary<string, int> Stage = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["Diagnostics"] = 0,
            ["Activity"] = 1,
            ["Org"] = 2,
            ["Sources"] = 2,
            ["Time"] = 3,
            ["Metrics"] = 4,
            ["Policy"] = 5,
            ["Evidence"] = 5,
            ["Reporting"] = 6,
            ["Analysis"] = 7,
        };

        /// <summary>
        /// Edges that break the order today and are being removed (file under src/ManagerFocus, the namespace it uses).
        /// The list may only shrink: an edge that disappears must be taken off, and no edge may be added.
        /// </summary>
        private static readonly (string File, string Uses)[] KnownViolationsBeingRemoved = [];

        /// <summary>Importer types are read by the analysis that runs them, never by the stages after the activity records.</summary>
        private static readonly IReadOnlySet<string> OnlyAnalysisUses = new HashSet<string>(StringComparer.Ordinal) { "Sources" };

        [Fact]
        public void Every_engine_folder_has_a_place_in_the_order()
        {
            var folders = Directory.GetDirectories(Path.Combine(RepositoryFiles.Root, Engine))
                .Select(Path.GetFileName)
                .OfType<string>()
                .Where(name => name is not ("bin" or "obj" or "Properties"));

            folders.Where(f => !Stage.ContainsKey(f)).ShouldBeEmpty("add each new engine folder to the stage table");
        }

        [Fact]
        public void No_folder_uses_a_later_stage_beyond_the_known_violations_being_removed()
        {
            // Given every namespace each engine file uses
            var edges = Edges();

            // When
            var broken = edges.Where(e => !Allowed(e.From, e.Uses)).Select(e => (e.File, e.Uses)).ToHashSet();

            // Then
            edges.ShouldContain(e => e.From == "Analysis" && e.Uses == "Reporting", "the scan found no edges");
            var unexpected = broken.Except(KnownViolationsBeingRemoved).Select(e => $"{e.File} uses ManagerFocus.{e.Uses}").ToList();
            unexpected.ShouldBeEmpty("a folder may use only earlier stages, foundations and the root namespace");
        }

        [Fact]
        public void Every_known_violation_still_exists_so_the_list_only_shrinks()
        {
            // Given
            var broken = Edges().Where(e => !Allowed(e.From, e.Uses)).Select(e => (e.File, e.Uses)).ToHashSet();

            // When
            var gone = KnownViolationsBeingRemoved.Where(k => !broken.Contains(k)).Select(k => $"{k.File} -> {k.Uses}").ToList();

            // Then
            gone.ShouldBeEmpty("these edges are gone: take them off KnownViolationsBeingRemoved");
        }

        [Theory]
        [InlineData("Analysis", "Reporting", true)]
        [InlineData("Reporting", "Policy", true)]
        [InlineData("Sources", "Org", false)]
        [InlineData("Org", "Activity", true)]
        [InlineData("Time", "Sources", false)]
        [InlineData("Analysis", "Sources", true)]
        [InlineData("Sources", "Activity", true)]
        [InlineData("Org", "Diagnostics", true)]
        [InlineData("Time", "Time", true)]
        [InlineData("Sources", "Time", false)]
        [InlineData("Activity", "Sources", false)]
        [InlineData("Metrics", "Policy", false)]
        [InlineData("Policy", "Evidence", false)]
        [InlineData("Reporting", "Analysis", false)]
        [InlineData("Org", "Sources", false)]
        [InlineData("Metrics", "Rendering", false)]
        public void The_order_allows_only_earlier_stages_and_foundations(string from, string uses, bool allowed)
        {
            Allowed(from, uses).ShouldBe(allowed);
        }

        private static bool Allowed(string from, string uses) =>
            from == uses
            || (Stage.TryGetValue(uses, out var target) && (target == 0 || (Stage.TryGetValue(from, out var source) && target < source))
                && (!OnlyAnalysisUses.Contains(uses) || from == "Analysis"));

        private static List<(string File, string From, string Uses)> Edges()
        {
            var edges = new List<(string, string, string)>();
            foreach (var file in RepositoryFiles.SourceFiles(Engine).Where(f => f.Contains('/', StringComparison.Ordinal)))
            {
                var from = file[..file.IndexOf('/', StringComparison.Ordinal)];
                var code = RepositoryFiles.CodeOnly(File.ReadAllText(Path.Combine(RepositoryFiles.Root, Engine, file)));
                code = NamespaceDeclaration().Replace(code, "");
                foreach (var uses in UsedNamespace().Matches(code).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
                {
                    edges.Add((file, from, uses));
                }
            }

            return edges;
        }

        // Both `using ManagerFocus.X;` (and `using static`, aliases) and qualified names `ManagerFocus.X.Type`.
        [GeneratedRegex(@"(?<![\w.])ManagerFocus\.([A-Z][A-Za-z0-9]*)\b")]
        private static partial Regex UsedNamespace();

        [GeneratedRegex(@"(?m)^\s*namespace\s+[\w.]+\s*[;{]")]
        private static partial Regex NamespaceDeclaration();
    }
}
