using System.CommandLine;
using ManagerFocus.Diagnostics;
using ManagerFocus.Web;
using Microsoft.Extensions.Hosting;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus serve`: the web dashboard over a workspace, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var workspace = new WorkspaceOption();
        var urls = new Option<string>("--urls") { Description = "where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var policy = new Option<string?>("--policy") { Description = "policy file (YAML) applied to every period; default: the built-in policy" };
        var command = new Command("serve", """
            Serve the web dashboard over a workspace: every manager sees their own organization, and nothing else.
            Local mode (the default) listens on loopback and prints a one-time sign-in link for an administrator; others
            sign in with a token from `managerfocus token`. Server mode: configure OpenID Connect with the environment
            variables MANAGERFOCUS_Oidc__Authority, MANAGERFOCUS_Oidc__ClientId, MANAGERFOCUS_Oidc__ClientSecret,
            MANAGERFOCUS_Oidc__Scopes and MANAGERFOCUS_Oidc__PersonClaim (administrators: MANAGERFOCUS_Admins=p001,p002).

            Examples:
              managerfocus serve --workspace org.db
              managerfocus serve --workspace org.db --urls http://127.0.0.1:8080 --policy policy.yaml
            """);
        command.Options.Add(workspace.Option);
        command.Options.Add(urls);
        command.Options.Add(policy);
        command.SetAction(parsed => context.Guard(() =>
        {
            var location = workspace.Value(parsed)
                ?? throw new UserError($"serve needs a workspace: give --workspace FILE (or a PostgreSQL connection string), or set {WorkspaceOption.Variable}.");
            if (parsed.GetValue(policy) is { } path && !File.Exists(path))
            {
                throw UserError.InvalidOption("--policy", path, "no such file");
            }

            var options = new DashboardOptions { Workspace = location, Urls = parsed.GetValue(urls)!, PolicyPath = parsed.GetValue(policy), Clock = context.Clock };
            Serve(options, context).GetAwaiter().GetResult();
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task Serve(DashboardOptions options, CliContext context)
    {
        await using var server = await DashboardServer.StartAsync(options);
        context.Error.WriteLine($"ManagerFocus dashboard on {server.Address} (Ctrl+C stops it)");
        if (server.SignInLink is { } link)
        {
            context.Error.WriteLine($"Sign in as administrator with this link, once, within {DashboardServer.LinkLifetime.TotalMinutes:0} minutes:");
            context.Out.WriteLine(link);
            context.Out.Flush();
        }

        await server.App.WaitForShutdownAsync();
    }
}
