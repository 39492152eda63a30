using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ManagerFocus.Storage;

/// <summary>
/// The web dashboard's tokens and audit log in the workspace. A token's secret is shown once when issued and stored
/// only as its SHA-256 hash: the secrets are 256 random bits, so a plain hash cannot be reversed by guessing.
/// </summary>
public sealed class WebAccess(Workspace workspace)
{
    /// <summary>Every secret starts with this, so a pasted token is recognisable and a malformed one is refused unread.</summary>
    public const string Prefix = "mf_";

    // 32 random bytes in unpadded base64url.
    private const int SecretLength = 3 + 43;
    private const string Columns = "id, kind, person_id, is_admin, label, created_at, expires_at, used_at, revoked_at";

    private Store Store => workspace.Store;

    /// <summary>True when <paramref name="secret"/> has the shape of a token this class issues (not whether it is valid).</summary>
    public static bool IsWellFormed(string? secret) =>
        secret is { Length: SecretLength } && secret.StartsWith(Prefix, StringComparison.Ordinal)
        && secret.AsSpan(Prefix.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    /// <summary>Creates a token for a person (or an administrator when <paramref name="personId"/> is null) and returns it with its secret.</summary>
    public (WebToken Token, string Secret) Issue(string kind, string? personId, string label, TimeSpan? lifetime = null) => Guard(() =>
    {
        var secret = Prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = Store.Time.GetUtcNow();
        var expires = lifetime is { } span ? now + span : (DateTimeOffset?)null;
        using var sql = new SqlRunner(Store.Connection, null);
        var id = Convert.ToInt64(sql.Scalar(
            "INSERT INTO web_tokens (hash, kind, person_id, is_admin, label, created_at, expires_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6) RETURNING id",
            Hash(secret), kind, personId, personId is null, label, Text(now), expires is { } e ? Text(e) : null), CultureInfo.InvariantCulture);
        return (new WebToken(id, kind, personId, personId is null, label, now, expires, null, null), secret);
    });

    /// <summary>The usable bearer token with this secret, or null (unknown, malformed, revoked or expired).</summary>
    public WebToken? FindBearer(string? secret) => Guard(() =>
    {
        if (!IsWellFormed(secret))
        {
            return null;
        }

        using var sql = new SqlRunner(Store.Connection, null);
        var token = Read(sql, $"SELECT {Columns} FROM web_tokens WHERE hash = @p0 AND kind = @p1", Hash(secret!), WebToken.BearerKind).FirstOrDefault();
        return token is not null && token.IsUsableAt(Store.Time.GetUtcNow()) ? token : null;
    });

    /// <summary>Uses a one-time sign-in link: the first call gets its token, every later call (a replay) null.</summary>
    public WebToken? Redeem(string? secret) => Guard(() =>
    {
        if (!IsWellFormed(secret))
        {
            return null;
        }

        var now = Store.Time.GetUtcNow();
        using var sql = new SqlRunner(Store.Connection, null);
        // One UPDATE both checks and marks, so two requests racing with the same link cannot both win.
        var token = Read(sql,
            $"UPDATE web_tokens SET used_at = @p2 WHERE hash = @p0 AND kind = @p1 AND used_at IS NULL AND revoked_at IS NULL RETURNING {Columns}",
            Hash(secret!), WebToken.LinkKind, Text(now)).FirstOrDefault();
        return token is not null && (token.ExpiresAt is null || now < token.ExpiresAt) ? token : null;
    });

    /// <summary>Every token ever issued, newest first; secrets are not kept, so none is shown.</summary>
    public IReadOnlyList<WebToken> List() => Guard(() =>
    {
        using var sql = new SqlRunner(Store.Connection, null);
        return Read(sql, $"SELECT {Columns} FROM web_tokens ORDER BY id DESC");
    });

    /// <summary>Revokes a token by id; false when no unrevoked token has it.</summary>
    public bool Revoke(long id) => Guard(() =>
    {
        using var sql = new SqlRunner(Store.Connection, null);
        return sql.Execute("UPDATE web_tokens SET revoked_at = @p1 WHERE id = @p0 AND revoked_at IS NULL", id, Text(Store.Time.GetUtcNow())) == 1;
    });

    /// <summary>Appends audit lines in one transaction.</summary>
    public void Append(IReadOnlyList<AuditEntry> entries) => Guard(() =>
    {
        using var transaction = Store.Connection.BeginTransaction();
        using (var sql = new SqlRunner(Store.Connection, transaction))
        {
            foreach (var entry in entries)
            {
                sql.Execute("INSERT INTO web_audit (at, viewer, about, action, period) VALUES (@p0, @p1, @p2, @p3, @p4)",
                    Text(entry.At), entry.Viewer, entry.Subject, entry.Action, entry.Period);
            }
        }

        transaction.Commit();
        return entries.Count;
    });

    /// <summary>The latest audit lines, newest first; only those about <paramref name="subject"/> when given.</summary>
    public IReadOnlyList<AuditEntry> Audit(string? subject = null, int limit = 200) => Guard(() =>
    {
        using var sql = new SqlRunner(Store.Connection, null);
        using var reader = subject is null
            ? sql.Reader("SELECT at, viewer, about, action, period FROM web_audit ORDER BY id DESC LIMIT @p0", limit)
            : sql.Reader("SELECT at, viewer, about, action, period FROM web_audit WHERE about = @p1 ORDER BY id DESC LIMIT @p0", limit, subject);
        var entries = new List<AuditEntry>();
        while (reader.Read())
        {
            entries.Add(new AuditEntry(Time(reader.GetString(0)), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        }

        return entries;
    });

    internal static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static List<WebToken> Read(SqlRunner sql, string text, params ReadOnlySpan<object?> values)
    {
        using var reader = sql.Reader(text, values);
        var tokens = new List<WebToken>();
        while (reader.Read())
        {
            tokens.Add(new WebToken(
                reader.GetInt64(0), reader.GetString(1), NullableText(reader, 2), reader.GetBoolean(3), reader.GetString(4),
                Time(reader.GetString(5)), NullableTime(reader, 6), NullableTime(reader, 7), NullableTime(reader, 8)));
        }

        return tokens;
    }

    private static string? NullableText(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? NullableTime(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : Time(reader.GetString(column));

    private static string Text(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private T Guard<T>(Func<T> action) => Workspace.Guarded(Store, action);
}
