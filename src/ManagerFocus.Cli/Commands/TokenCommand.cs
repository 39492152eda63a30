using System.CommandLine;
using System.Globalization;
using ManagerFocus.Diagnostics;
using ManagerFocus.Storage;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus token`: issues, lists and revokes the dashboard's bearer tokens; a new token's secret alone goes to stdout.</summary>
internal static class TokenCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = new WorkspaceOption();
        var person = new Option<string?>("--person") { Description = "issue a token for this person (an id of the people file): they see themselves and, as a manager, their subtree" };
        var admin = new Option<bool>("--admin") { Description = "issue an administrator's token: it sees everything" };
        var label = new Option<string?>("--label") { Description = "a note kept with the token, shown by --list" };
        var days = new Option<int?>("--days") { Description = "expire the token after this many days (default: never)" };
        var list = new Option<bool>("--list") { Description = "list every token (never its secret)" };
        var revoke = new Option<long?>("--revoke") { Description = "revoke the token with this id (from --list)" };
        var command = new Command("token", """
            Create, list or revoke a token for the web dashboard (`managerfocus serve`). A token is a bearer token for the API
            (Authorization: Bearer ...) and signs a person in on the dashboard's sign-in page. The workspace keeps only its
            hash: the secret is printed once, alone on stdout.

            Examples:
              managerfocus token --workspace org.db --person p007
              managerfocus token --workspace org.db --admin --label "nightly export" --days 30
              managerfocus token --workspace org.db --list
              managerfocus token --workspace org.db --revoke 3
            """);
        foreach (var option in new Option[] { workspace.Option, person, admin, label, days, list, revoke })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed => context.Guard(() =>
        {
            var location = workspace.Value(parsed)
                ?? throw new UserError($"token needs a workspace: give --workspace FILE (or a PostgreSQL connection string), or set {WorkspaceOption.Variable}.");
            var who = parsed.GetValue(person);
            var actions = new[] { who is not null, parsed.GetValue(admin), parsed.GetValue(list), parsed.GetValue(revoke) is not null }.Count(a => a);
            if (actions != 1)
            {
                throw new UserError("give exactly one of --person ID, --admin, --list or --revoke ID.");
            }

            if (who is { Length: 0 } || who?.Any(char.IsWhiteSpace) == true)
            {
                throw UserError.InvalidOption("--person", who, "give a person's id from the people file");
            }

            if (parsed.GetValue(days) is < 1)
            {
                throw UserError.InvalidOption("--days", $"{parsed.GetValue(days)}", "give a number of days of at least 1");
            }

            using var store = Workspace.Open(location, time: context.Clock);
            var access = new WebAccess(store);
            if (parsed.GetValue(list))
            {
                List(access.List(), context.Out);
            }
            else if (parsed.GetValue(revoke) is { } id)
            {
                if (!access.Revoke(id))
                {
                    throw UserError.InvalidOption("--revoke", $"{id}", "no unrevoked token has this id; see token --list");
                }

                context.Error.WriteLine($"Revoked token {id}.");
            }
            else
            {
                var lifetime = parsed.GetValue(days) is { } d ? TimeSpan.FromDays(d) : (TimeSpan?)null;
                var (token, secret) = access.Issue(WebToken.BearerKind, who, parsed.GetValue(label) ?? "", lifetime);
                context.Out.WriteLine(secret);
                context.Error.WriteLine($"Token {token.Id} for {(who is null ? "an administrator" : $"person {who}")}; the workspace keeps only its hash, so keep it now.");
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void List(IReadOnlyList<WebToken> tokens, TextWriter output)
    {
        output.WriteLine($"{"id",5}  {"kind",-6}  {"for",-16}  {"created (UTC)",-16}  {"expires",-16}  {"state",-8}  label");
        foreach (var t in tokens)
        {
            var state = t.RevokedAt is not null ? "revoked" : t.Kind == WebToken.LinkKind && t.UsedAt is not null ? "used" : "active";
            output.WriteLine($"{t.Id,5}  {t.Kind,-6}  {(t.IsAdmin ? "admin" : t.PersonId),-16}  {Time(t.CreatedAt),-16}  {(t.ExpiresAt is { } e ? Time(e) : "never"),-16}  {state,-8}  {t.Label}");
        }
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
