using System.Text.RegularExpressions;
using ManagerFocus.Diagnostics;
using Npgsql;

namespace ManagerFocus.Storage.Postgres;

/// <summary>Tells a PostgreSQL location from a file path and reads it; its errors never repeat the password.</summary>
internal static partial class PostgresLocation
{
    private const string UrlExample = "postgres://user:password@host:5432/database";
    private const string KeywordExample = "Host=host;Port=5432;Database=database;Username=user;Password=password";

    public static bool IsPostgres(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        HostKeyword().IsMatch(location);

    public static NpgsqlConnectionStringBuilder Parse(string location)
    {
        var builder = location.Contains("://", StringComparison.Ordinal) ? FromUrl(location) : FromKeywords(location);
        if (string.IsNullOrEmpty(builder.Host))
        {
            throw new UserError($"the PostgreSQL workspace names no host; write it as {KeywordExample} or {UrlExample}.");
        }

        // Bulk writes of a large import outlast the 30 s default.
        if (builder.CommandTimeout == 30)
        {
            builder.CommandTimeout = 0;
        }

        builder.ApplicationName ??= "managerfocus";
        return builder;
    }

    private static NpgsqlConnectionStringBuilder FromKeywords(string location)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(location);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            throw new UserError($"the PostgreSQL connection string is not valid ({WithoutPassword(e.Message, location)}); write it as {KeywordExample}.");
        }
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new UserError($"the PostgreSQL URL is not valid; write it as {UrlExample}.");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0)
        {
            builder.Username = Uri.UnescapeDataString(user[0]);
        }

        if (user.Length == 2)
        {
            builder.Password = Uri.UnescapeDataString(user[1]);
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var (key, value) = pair.Split('=', 2) is [var k, var v] ? (k, v) : (pair, "");
            try
            {
                builder[Uri.UnescapeDataString(key)] = Uri.UnescapeDataString(value);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw new UserError($"the PostgreSQL URL has an option that is not valid ({WithoutPassword(e.Message, location)}); write it as {UrlExample}?sslmode=require.");
            }
        }

        return builder;
    }

    // A parser's message may quote a value; make sure it is never the password.
    private static string WithoutPassword(string message, string location)
    {
        foreach (Match match in PasswordValue().Matches(location))
        {
            var password = match.Groups["password"].Value;
            if (password.Length > 0)
            {
                message = message.Replace(password, "***", StringComparison.Ordinal);
            }
        }

        return message;
    }

    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HostKeyword();

    [GeneratedRegex(@"(password|pwd)\s*=\s*(?<password>[^;]*)|//[^:/@]*:(?<password>[^@]*)@", RegexOptions.IgnoreCase)]
    private static partial Regex PasswordValue();
}
