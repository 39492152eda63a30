using System.Net;
using System.Net.Http.Headers;
using ManagerFocus.Web.Data;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

[assembly: AssemblyFixture(typeof(ManagerFocus.Web.Tests.DashboardFixture))]

namespace ManagerFocus.Web.Tests;

/// <summary>
/// The dashboard served on a loopback port over the imported organization, with a token for each kind of viewer from
/// `managerfocus token`: an administrator, a person, a director (their manager's manager) and a sibling director.
/// </summary>
public sealed class DashboardFixture : IAsyncLifetime
{
    public Organization Organization { get; } = new();

    public DashboardServer Server { get; private set; } = null!;

    public IReadOnlyDictionary<Role, string?> Tokens { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = await DashboardServer.StartAsync(new DashboardOptions
        {
            Workspace = Organization.Workspace,
            Urls = "http://127.0.0.1:0",
            LogLevel = LogLevel.Warning,
        });
        Tokens = new Dictionary<Role, string?>
        {
            [Role.Anonymous] = null,
            [Role.Person] = Cli.Token(Organization.Workspace, "--person", Organization.Report),
            [Role.Manager] = Cli.Token(Organization.Workspace, "--person", Organization.Director),
            [Role.OtherManager] = Cli.Token(Organization.Workspace, "--person", Organization.OtherDirector),
            [Role.Admin] = Cli.Token(Organization.Workspace, "--admin"),
        };
    }

    /// <summary>A client that sends the role's bearer token (none for anonymous) and does not follow redirects.</summary>
    public HttpClient Client(Role role)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Server.Address };
        if (Tokens[role] is { } token)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A client keeping cookies, as a browser does, for the sign-in flows.</summary>
    public (HttpClient Client, CookieContainer Cookies) Browser()
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = Server.Address };
        return (client, cookies);
    }

    /// <summary>Writes the queued audit lines, so a test can read them.</summary>
    public void FlushAudit() => Server.App.Services.GetRequiredService<AuditLog>().Flush();

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        Organization.Dispose();
    }
}

/// <summary>The viewers of the access matrix.</summary>
public enum Role
{
    Anonymous,
    Person,
    Manager,
    OtherManager,
    Admin,
}
