using System.Globalization;
using System.Text;

namespace ManagerFocus.Generator;

/// <summary>Writes one repository's history as a `git fast-import` stream; the same commits give the same hashes.</summary>
internal sealed class FastImportWriter(OrgPlan plan, string mailmap)
{
    private static readonly string[] ContractorNames = ["Sam Rivera", "Alex Kim", "Jordan Lee", "Casey Patel", "Robin Meyer"];

    /// <summary>Writes the stream and returns how many commits it holds, merges included.</summary>
    public int Write(TextWriter output, IReadOnlyList<PlannedCommit> commits)
    {
        var written = 0;
        var tip = 0;
        for (var i = 0; i < commits.Count; i++)
        {
            var commit = commits[i];
            var seq = i + 1;
            var (name, email, offset) = Identity(commit);
            var mark = 2 * seq;
            var branch = commit.Kind == CommitKind.Topic ? $"refs/heads/topic/change-{seq}" : "refs/heads/main";
            output.Write(string.Create(CultureInfo.InvariantCulture, $"commit {branch}\nmark :{mark}\n"));
            output.Write(string.Create(CultureInfo.InvariantCulture, $"author {name} <{email}> {commit.Unix} {offset}\n"));
            output.Write(string.Create(CultureInfo.InvariantCulture, $"committer {name} <{email}> {commit.Unix} {offset}\n"));
            Data(output, commit.Kind == CommitKind.Root ? "Initial commit\n" : $"Change {seq}\n");
            if (tip > 0)
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"from :{tip}\n"));
            }

            Change(output, commit, seq);
            written++;
            if (commit.Kind == CommitKind.Topic)
            {
                // Merged through GitHub a couple of minutes later: a merge commit the importers must skip.
                var at = commit.Unix + 120;
                output.Write(string.Create(CultureInfo.InvariantCulture, $"commit refs/heads/main\nmark :{mark + 1}\n"));
                output.Write(string.Create(CultureInfo.InvariantCulture, $"author {name} <{email}> {at} {offset}\n"));
                output.Write(string.Create(CultureInfo.InvariantCulture, $"committer GitHub <noreply@github.com> {at} +0000\n"));
                Data(output, $"Merge pull request #{seq} from {OrgPlan.GithubOrg}/topic/change-{seq}\n");
                output.Write(string.Create(CultureInfo.InvariantCulture, $"from :{tip}\nmerge :{mark}\n"));
                mark++;
                written++;
            }

            tip = mark;
        }

        output.Write("done\n");
        return written;
    }

    private void Change(TextWriter output, PlannedCommit commit, int seq)
    {
        switch (commit.Kind)
        {
            case CommitKind.Root:
                output.Write("M 100644 inline README.md\n");
                Data(output, "# Service\n\nOwned by the team.\n");
                break;
            case CommitKind.Mailmap:
                output.Write("M 100644 inline .mailmap\n");
                Data(output, mailmap);
                break;
            default:
                output.Write(string.Create(CultureInfo.InvariantCulture, $"M 100644 inline src/m{seq % 7}/f{seq * 31 % 23}.txt\n"));
                Data(output, $"change {seq}\n");
                break;
        }
    }

    private (string Name, string Email, string Offset) Identity(PlannedCommit commit)
    {
        switch (commit.Kind)
        {
            case CommitKind.Bot:
                return ("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", "+0000");
            case CommitKind.Unknown:
                var contractor = ContractorNames[commit.Author % ContractorNames.Length];
                return (contractor, $"{contractor.Replace(' ', '.').ToLowerInvariant()}@agency-partner.io", "+0000");
        }

        var person = plan.People[commit.Author];
        var offset = person.Zone.GitOffset(commit.Unix);
        return commit.Kind == CommitKind.Alias && person.AltEmail is { } alt
            ? (person.GitName ?? person.Name, alt, offset)
            : (person.Name, person.Email, offset);
    }

    private static void Data(TextWriter output, string text) =>
        output.Write(string.Create(CultureInfo.InvariantCulture, $"data {Encoding.UTF8.GetByteCount(text)}\n{text}"));

    /// <summary>The organization's .mailmap: noreply and former addresses map to the primary email.</summary>
    public static string Mailmap(OrgPlan plan)
    {
        var text = new StringBuilder("# Map old and GitHub noreply addresses to canonical identities.\n");
        foreach (var p in plan.People.Where(p => p.Alt is AltIdentity.Noreply or AltIdentity.OldEmail))
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Name} <{p.Email}> <{p.AltEmail}>\n");
        }

        return text.ToString();
    }
}
