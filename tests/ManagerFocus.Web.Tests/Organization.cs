using System.Text.RegularExpressions;

namespace ManagerFocus.Web.Tests;

/// <summary>
/// A generated 80-person organization on disk with private text planted in a calendar and a commit, imported into a
/// workspace through `managerfocus import`: the inputs every web test reads.
/// </summary>
public sealed partial class Organization : IDisposable
{
    public const string Secret = "planted-secret-title-9c41";
    public const string CommitSecret = "planted-secret-commit-message-77d0";

    /// <summary>The generated organization's reporting lines (seed 42): p002 and p003 are sibling directors under p001.</summary>
    public const string Director = "p002";
    public const string OtherDirector = "p003";
    public const string Manager = "p006";
    public const string Report = "p039";

    private readonly TempFolder _temp = new("managerfocus-web-");

    public Organization()
    {
        Inputs = Path.Combine(_temp.Path, "org");
        Workspace = Path.Combine(_temp.Path, "workspace.db");
        var (code, _, stderr) = Cli.Run("generate", "--people", "80", "--out", Inputs, "--seed", "42", "--end", "2026-11-02");
        code.ShouldBe(0, stderr);
        Plant();
        Import(Workspace);
    }

    public string Inputs { get; }

    public string Workspace { get; }

    public string People => Path.Combine(Inputs, "people.csv");

    /// <summary>Text that must never appear in an answer: every title, description and location of the calendars, every commit message.</summary>
    public IReadOnlyList<string> PrivateText() =>
    [
        Secret, CommitSecret,
        .. Directory.EnumerateFiles(Path.Combine(Inputs, "calendars"))
            .SelectMany(File.ReadLines)
            .Select(l => PrivateProperty().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value.Replace("\\,", ",", StringComparison.Ordinal).Replace("\\;", ";", StringComparison.Ordinal).Split("\\n")[0])
            .Where(v => v.Length >= 8),
        .. Directory.EnumerateDirectories(Path.Combine(Inputs, "git"))
            .SelectMany(r => new TestRepositoryView(r).Subjects())
            .Where(s => s.Length >= 12),
    ];

    /// <summary>Imports the inputs into a workspace (a file path or a PostgreSQL connection string).</summary>
    public void Import(string workspace)
    {
        var (code, _, stderr) = Cli.Run("import", "--workspace", workspace, "--people", People, "--git", Path.Combine(Inputs, "git"),
            "--calendar", Path.Combine(Inputs, "calendars"), "--reviews", Path.Combine(Inputs, "github"),
            "--survey", Path.Combine(Inputs, "survey.csv"), "--exits", Path.Combine(Inputs, "exits.csv"));
        code.ShouldBe(0, stderr);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>A meeting with a private title, description and location in the manager's calendar, and a commit with a private message.</summary>
    private void Plant()
    {
        var calendar = Path.Combine(Inputs, "calendars", $"{Manager}.ics");
        var text = File.ReadAllText(calendar);
        var planted = $"""
            BEGIN:VEVENT
            UID:planted-1@example.com
            DTSTART:20261014T130000Z
            DTEND:20261014T140000Z
            SUMMARY:{Secret}
            DESCRIPTION:{Secret} description
            LOCATION:{Secret} room
            ORGANIZER:mailto:ada.diallo@example.com
            ATTENDEE:mailto:ada.diallo@example.com
            ATTENDEE:mailto:farid.schmidt@example.com
            END:VEVENT
            END:VCALENDAR
            """.Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(calendar, text[..text.LastIndexOf("END:VCALENDAR", StringComparison.Ordinal)] + planted + "\r\n");
        var repository = Directory.EnumerateDirectories(Path.Combine(Inputs, "git")).Order(StringComparer.Ordinal).First();
        new TestRepositoryView(repository).Commit("Ada Diallo", "ada.diallo@example.com", "2026-10-14T09:00:00Z", CommitSecret);
    }

    [GeneratedRegex("^(?:SUMMARY|DESCRIPTION|LOCATION)[^:]*:(.+)$")]
    private static partial Regex PrivateProperty();
}
