using ManagerFocus.Storage;
using ManagerFocus.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ManagerFocus.Web;

/// <summary>A started dashboard: where it listens and, in local mode, the one-time administrator sign-in link.</summary>
public sealed class DashboardServer(WebApplication app, Uri address, string? signInLink) : IAsyncDisposable
{
    /// <summary>How long the printed sign-in link can be used (once).</summary>
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromMinutes(15);

    public Uri Address => address;

    public string? SignInLink => signInLink;

    public WebApplication App => app;

    /// <summary>Opens the workspace (a user error when it cannot be used), starts listening and warms the default period's analysis.</summary>
    public static async Task<DashboardServer> StartAsync(DashboardOptions options, CancellationToken cancel = default)
    {
        // Fail before listening when the workspace is missing, foreign or empty.
        using (var workspace = Workspace.Open(options.Workspace))
        {
            if (workspace.IsEmpty)
            {
                throw new Diagnostics.UserError($"{workspace.Description} holds nothing yet; run `managerfocus import --workspace ... --people people.csv ...` first.");
            }
        }

        var app = Dashboard.Build(options);
        await app.StartAsync(cancel);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
        await app.Services.GetRequiredService<AnalysisCache>().GetAsync(null, null);
        string? link = null;
        if (app.Services.GetRequiredService<DashboardMode>().IsLocal)
        {
            var secret = app.Services.GetRequiredService<WorkspaceAccess>().Use(a => a.Issue(WebToken.LinkKind, null, "sign-in link printed by serve", LinkLifetime).Secret);
            link = new Uri(address, $"/signin/link?code={secret}").AbsoluteUri;
        }

        return new DashboardServer(app, address, link);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
