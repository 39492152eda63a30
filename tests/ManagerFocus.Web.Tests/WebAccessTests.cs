using ManagerFocus.Storage;
using ManagerFocus.Storage.Tests.Databases;


namespace ManagerFocus.Web.Tests;

/// <summary>The workspace's dashboard tokens and audit log, on both databases a workspace can be.</summary>
public sealed class WebAccessTests
{
    public static TheoryData<string> Databases() => ["sqlite", "postgres"];

    [Theory]
    [MemberData(nameof(Databases))]
    public void A_token_is_found_by_its_secret_and_stored_only_as_a_hash(string kind)
    {
        // Given
        using var database = Open(kind);
        using var workspace = Workspace.Open(database.Location);
        var access = new WebAccess(workspace);

        // When
        var (issued, secret) = access.Issue(WebToken.BearerKind, "p007", "ci");

        // Then
        access.FindBearer(secret).ShouldBe(issued with { CreatedAt = access.FindBearer(secret)!.CreatedAt });
        access.FindBearer(secret)!.PersonId.ShouldBe("p007");
        access.FindBearer(secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')).ShouldBeNull();
        database.Columns().Where(c => c.Table == "web_tokens").Select(c => c.Column).ShouldNotContain("secret");
        database.Columns().Where(c => c.Table == "web_tokens").Select(c => c.Column).ShouldContain("hash");
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public void A_revoked_or_expired_token_is_not_found(string kind)
    {
        // Given
        using var database = Open(kind);
        var clock = new SettableClock(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        using var workspace = Workspace.Open(database.Location, time: clock);
        var access = new WebAccess(workspace);
        var (revoked, revokedSecret) = access.Issue(WebToken.BearerKind, null, "admin");
        var (_, expiringSecret) = access.Issue(WebToken.BearerKind, "p001", "short", TimeSpan.FromDays(1));

        // When
        access.Revoke(revoked.Id).ShouldBeTrue();
        clock.Advance(TimeSpan.FromDays(1));

        // Then
        access.FindBearer(revokedSecret).ShouldBeNull();
        access.FindBearer(expiringSecret).ShouldBeNull();
        access.Revoke(revoked.Id).ShouldBeFalse();
        access.List().Select(t => t.Label).ShouldBe(["short", "admin"]);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public void A_sign_in_link_is_redeemed_once(string kind)
    {
        // Given
        using var database = Open(kind);
        using var workspace = Workspace.Open(database.Location);
        var access = new WebAccess(workspace);
        var (_, secret) = access.Issue(WebToken.LinkKind, null, "link", TimeSpan.FromMinutes(15));

        // When
        var first = access.Redeem(secret);
        var second = access.Redeem(secret);

        // Then
        first!.IsAdmin.ShouldBeTrue();
        second.ShouldBeNull();
        access.FindBearer(secret).ShouldBeNull("a link is not a bearer token");
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public void Audit_lines_come_back_newest_first_and_by_subject(string kind)
    {
        // Given
        using var database = Open(kind);
        using var workspace = Workspace.Open(database.Location);
        var access = new WebAccess(workspace);
        var at = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

        // When
        access.Append([new(at, "person p002 (token 1)", "p006", "manager page", "2026-08-03..2026-11-02"), new(at.AddMinutes(1), "admin (token 2)", "organization", "organization home", "2026-08-03..2026-11-02")]);

        // Then
        access.Audit().Select(a => a.Subject).ShouldBe(["organization", "p006"]);
        access.Audit("p006").Single().ShouldBe(new AuditEntry(at, "person p002 (token 1)", "p006", "manager page", "2026-08-03..2026-11-02"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("mf_")]
    [InlineData("mf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")]
    [InlineData("xx_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void A_malformed_secret_is_refused_unread(string secret)
    {
        WebAccess.IsWellFormed(secret).ShouldBeFalse();
    }

    private static ITestDatabase Open(string kind) => kind == "sqlite" ? new SqliteTestDatabase() : new PostgresTestDatabase();
}
