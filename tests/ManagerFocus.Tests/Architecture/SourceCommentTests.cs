using System.Text.RegularExpressions;

namespace ManagerFocus.Tests.Architecture;

/// <summary>Comments in src/ point readers only at files this repository holds, and at sections those files have.</summary>
public sealed partial class SourceCommentTests
{
    [Fact]
    public void Comments_cite_no_file_outside_the_repository()
    {
        // Given every comment in src/
        var comments = Comments();

        // When
        var missing = comments
            .SelectMany(c => CitedFile().Matches(c.Text).Select(m => (c.File, Cited: m.Value)))
            .Where(c => !File.Exists(Path.Combine(RepositoryFiles.Root, c.Cited)))
            .Select(c => $"{c.File} cites {c.Cited}")
            .Distinct()
            .ToList();

        // Then
        comments.ShouldContain(c => c.Text.Contains("docs/definitions.md", StringComparison.Ordinal), "no comment was read");
        missing.ShouldBeEmpty("cite a file in the repository (docs/definitions.md for the definitions), with its path from the root");
        comments.Where(c => c.Text.Contains("DESIGN.md", StringComparison.Ordinal)).Select(c => c.File).ShouldBeEmpty();
    }

    [Fact]
    public void Every_cited_section_is_a_heading_of_the_cited_file()
    {
        // Given citations such as (docs/definitions.md, "Span tier") or (docs/definitions.md, "Meeting hours" and "One-on-one")
        var citations = Comments()
            .SelectMany(c => CitedSections().Matches(c.Text).Select(m => (c.File, Cited: m.Groups["file"].Value, m.Groups["sections"].Value)))
            .ToList();

        // When
        var unknown = citations
            .Where(c => File.Exists(Path.Combine(RepositoryFiles.Root, c.Cited)))
            .SelectMany(c => Quoted().Matches(c.Value).Select(q => (c.File, c.Cited, Section: q.Groups[1].Value)))
            .Where(c => !HeadingsOf(c.Cited).Any(h => h.StartsWith(c.Section, StringComparison.Ordinal)))
            .Select(c => $"{c.File} cites \"{c.Section}\" of {c.Cited}, which has no such heading")
            .ToList();

        // Then
        citations.ShouldNotBeEmpty("no section citation was read");
        unknown.ShouldBeEmpty();
    }

    private static List<(string File, string Text)> Comments()
    {
        var found = new List<(string, string)>();
        foreach (var file in RepositoryFiles.SourceFiles("src"))
        {
            var text = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", file));
            found.AddRange(RepositoryFiles.Comments(text).Select(c => ($"src/{file}", c)));
        }

        foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(RepositoryFiles.Root, project).Replace('\\', '/');
            found.AddRange(XmlComment().Matches(File.ReadAllText(project)).Select(m => (name, m.Value)));
        }

        return found;
    }

    private static List<string> HeadingsOf(string relativePath) =>
        File.ReadLines(Path.Combine(RepositoryFiles.Root, relativePath))
            .Where(line => line.StartsWith('#'))
            .Select(line => line.TrimStart('#').Trim())
            .ToList();

    // A path ending in a document extension; code files are named by type, not cited by path.
    [GeneratedRegex(@"(?<![\w./-])[\w./-]*\w\.(?:md|txt|pdf|docx?)\b")]
    private static partial Regex CitedFile();

    [GeneratedRegex("""(?<file>[\w./-]*\w\.md),\s*(?<sections>"[^"]+"(?:\s*(?:,|and|to)\s*"[^"]+")*)""")]
    private static partial Regex CitedSections();

    [GeneratedRegex("\"([^\"]+)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex XmlComment();
}
