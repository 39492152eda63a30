using ManagerFocus.Web.Tests;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ManagerFocus.Web.Tests;

/// <summary>Every page and endpoint against every kind of viewer, over a real workspace imported with `managerfocus import`.</summary>
public sealed class AccessMatrixTests(DashboardFixture dashboard)
{
    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_viewer_gets_exactly_what_their_scope_allows(string path, Role role, int expected)
    {
        // Given
        using var client = dashboard.Client(role);

        // When
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        // Then
        ((int)response.StatusCode).ShouldBe(expected, $"{role} GET {path}");
        if (expected == 302)
        {
            new Uri(dashboard.Server.Address, response.Headers.Location!).AbsolutePath.ShouldBe("/signin");
        }
    }

    public static TheoryData<string, Role, int> Matrix() => AccessMatrix.Rows();

    [Fact]
    public void The_matrix_covers_every_route_the_dashboard_serves()
    {
        // Given
        var sources = dashboard.Server.App.Services.GetServices<EndpointDataSource>();

        // When
        var routes = sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Distinct()
            .ToList();

        // Then
        routes.ShouldNotBeEmpty();
        routes.Except(AccessMatrix.Cases.Select(c => c.Route)).ShouldBeEmpty("routes the access matrix does not test");
    }

    [Fact]
    public async Task The_sibling_director_gets_404_for_everyone_in_the_first_subtree()
    {
        // Given
        using var sibling = dashboard.Client(Role.OtherManager);
        using var director = dashboard.Client(Role.Manager);
        var subtree = (await director.GetStringAsync("/export/managers.csv", TestContext.Current.CancellationToken))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[1]).ToList();
        subtree.ShouldContain(Organization.Director);

        // When
        var answers = new List<(string Path, int Status)>();
        foreach (var id in subtree)
        {
            foreach (var path in new[] { $"/managers/{id}", $"/people/{id}/explain", $"/api/explain/{id}", $"/export/violations.csv?id={id}" })
            {
                using var response = await sibling.GetAsync(path, TestContext.Current.CancellationToken);
                answers.Add((path, (int)response.StatusCode));
            }
        }

        // Then
        answers.Where(a => a.Status != 404).ShouldBeEmpty();
    }
}
