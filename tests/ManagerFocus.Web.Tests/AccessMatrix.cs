using static ManagerFocus.Web.Tests.Organization;

namespace ManagerFocus.Web.Tests;

/// <summary>
/// Every page and endpoint of the dashboard, the route it is served by, and what each viewer gets: the person is a report
/// of the manager, who reports to the director; the other director heads a sibling subtree; "Page" is a redirect to
/// sign-in for the anonymous, "Api" a 401.
/// </summary>
public static class AccessMatrix
{
    // Statuses per role, in the order anonymous, person, manager (the director), other manager, administrator.
    private const int Ok = 200;
    private const int Hidden = 404;
    private const int Redirect = 302;
    private const int Unauthorized = 401;

    public static readonly IReadOnlyList<AccessCase> Cases =
    [
        new("/", "/", [Redirect, Ok, Ok, Ok, Ok]),
        new("/managers/{id}", $"/managers/{Manager}", [Redirect, Hidden, Ok, Hidden, Ok]),
        new("/managers/{id}", $"/managers/{Director}", [Redirect, Hidden, Ok, Hidden, Ok]),
        new("/people/{id}/explain", $"/people/{Report}/explain", [Redirect, Ok, Ok, Hidden, Ok]),
        new("/people/{id}/explain", $"/people/{Manager}/explain", [Redirect, Hidden, Ok, Hidden, Ok]),
        new("/me", "/me", [Redirect, Ok, Ok, Ok, Hidden]),
        new("/evidence", "/evidence", [Redirect, Hidden, Hidden, Hidden, Ok]),
        new("/health", "/health", [Redirect, Ok, Ok, Ok, Ok]),
        new("/policy", "/policy", [Redirect, Ok, Ok, Ok, Ok]),
        new("/audit", "/audit", [Redirect, Hidden, Hidden, Hidden, Ok]),
        new("/signin", "/signin", [Ok, Ok, Ok, Ok, Ok]),
        new("/signout", "/signout", [Redirect, Ok, Ok, Ok, Ok]),
        new("/signin/link", "/signin/link?code=mf_not-a-real-link-not-a-real-link-not-a-real-li", [Unauthorized, Unauthorized, Unauthorized, Unauthorized, Unauthorized]),
        new("/signin/oidc", "/signin/oidc", [Hidden, Hidden, Hidden, Hidden, Hidden]),
        new("/assets/{name}", "/assets/site.css", [Ok, Ok, Ok, Ok, Ok]),
        new("/api/report", "/api/report", [Unauthorized, Ok, Ok, Ok, Ok]),
        new("/api/explain/{personId}", $"/api/explain/{Report}", [Unauthorized, Ok, Ok, Hidden, Ok]),
        new("/api/explain/{personId}", $"/api/explain/{Manager}", [Unauthorized, Hidden, Ok, Hidden, Ok]),
        new("/api/me", "/api/me", [Unauthorized, Ok, Ok, Ok, Ok]),
        // A person who manages nobody has no manager to chart.
        new("/charts/{name}.svg", "/charts/time-split.svg", [Redirect, Hidden, Ok, Ok, Ok]),
        new("/charts/{name}.svg", "/charts/span-coding.svg", [Redirect, Hidden, Ok, Ok, Ok]),
        new("/charts/{name}.svg", "/charts/no-such-chart.svg", [Redirect, Hidden, Hidden, Hidden, Hidden]),
        new("/export/{table}.csv", "/export/managers.csv", [Redirect, Ok, Ok, Ok, Ok]),
        .. new[] { "time-split", "weeks", "span", "without-one-on-one", "review-wait", "violations", "recommendations" }
            .Select(t => new AccessCase("/export/{table}.csv", $"/export/{t}.csv?id={Manager}", [Redirect, Hidden, Ok, Hidden, Ok])),
        .. new[] { "explain", "explain-groups", "explain-sessions", "explain-reviews" }
            .Select(t => new AccessCase("/export/{table}.csv", $"/export/{t}.csv?id={Report}", [Redirect, Ok, Ok, Hidden, Ok])),
        .. new[] { "explain-sessions", "explain-reviews" }
            .Select(t => new AccessCase("/export/{table}.csv", $"/export/{t}.csv?id={Manager}", [Redirect, Hidden, Ok, Hidden, Ok])),
        new("/export/{table}.csv", "/export/inputs.csv", [Redirect, Ok, Ok, Ok, Ok]),
        new("/export/{table}.csv", "/export/policy.csv", [Redirect, Ok, Ok, Ok, Ok]),
        .. new[] { "warnings", "notices", "evidence", "audit" }
            .Select(t => new AccessCase("/export/{table}.csv", $"/export/{t}.csv", [Redirect, Hidden, Hidden, Hidden, Ok])),
        // Within scope: everyone gets the table, filtered to their own subtree (ScopeTests checks the rows).
        .. new[] { "without-calendar", "unattributed" }
            .Select(t => new AccessCase("/export/{table}.csv", $"/export/{t}.csv", [Redirect, Ok, Ok, Ok, Ok])),
        new("/export/{table}.csv", "/export/audit-about-me.csv", [Redirect, Ok, Ok, Ok, Hidden]),
        new("/export/{table}.csv", "/export/no-such-table.csv", [Redirect, Hidden, Hidden, Hidden, Hidden]),
    ];

    public static TheoryData<string, Role, int> Rows()
    {
        var data = new TheoryData<string, Role, int>();
        foreach (var c in Cases)
        {
            foreach (var role in Enum.GetValues<Role>())
            {
                data.Add(c.Path, role, c.Expected[(int)role]);
            }
        }

        return data;
    }
}

/// <summary>One address of the matrix: the route that serves it, and the status per role.</summary>
public sealed record AccessCase(string Route, string Path, int[] Expected);
