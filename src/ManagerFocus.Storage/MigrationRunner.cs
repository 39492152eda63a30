using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage;

/// <summary>
/// Applies the embedded Migrations/&lt;database&gt;/NNNN_name.sql scripts not yet in schema_version, in order, in one
/// transaction, and refuses a database that is not a workspace or was written by a newer build.
/// </summary>
internal static class MigrationRunner
{
    private const string Application = "managerfocus";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations(string dialect)
    {
        var assembly = typeof(MigrationRunner).Assembly;
        var prefix = $"Migrations/{dialect}/";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.AsSpan(prefix.Length, 4), CultureInfo.InvariantCulture), Name: n[prefix.Length..], Sql: Read(assembly, n)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    public static int KnownVersion(string dialect) => Migrations(dialect).Max(m => m.Version);

    public static void Apply(Store store)
    {
        var migrations = Migrations(store.Dialect);
        var known = migrations.Max(m => m.Version);
        using (var sql = new SqlRunner(store.Connection, null))
        {
            var found = CurrentVersion(store, sql);
            if (found > known)
            {
                throw WorkspaceErrors.NewerSchema(store.Description, found, known);
            }

            if (found == known)
            {
                return;
            }
        }

        using var transaction = store.BeginMigration();
        using var write = new SqlRunner(store.Connection, transaction);
        // Another process may have migrated while this one waited for the transaction.
        var current = CurrentVersion(store, write);
        if (current == 0)
        {
            write.Execute("CREATE TABLE schema_version (version integer PRIMARY KEY, application text NOT NULL, applied_at text NOT NULL)");
        }

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            store.Logger.LogInformation("Applying migration {Migration} to {Workspace}", migration.Name, store.Description);
            write.Execute(migration.Sql);
            if (migration.Version == CalendarEventUpgrade.Version)
            {
                CalendarEventUpgrade.Run(write, store.Logger);
            }

            write.Execute("INSERT INTO schema_version (version, application, applied_at) VALUES (@p0, @p1, @p2)",
                migration.Version, Application, store.Time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        }

        transaction.Commit();
        store.Logger.LogInformation("{Workspace} is at schema {Version}", store.Description, known);
    }

    /// <summary>0 for an empty database; the workspace's schema version; or a UserError for someone else's database.</summary>
    private static int CurrentVersion(Store store, SqlRunner sql)
    {
        var tables = store.Tables(sql);
        if (!tables.Contains("schema_version", StringComparer.OrdinalIgnoreCase))
        {
            return tables.Count == 0 ? 0 : throw store.NotAWorkspace();
        }

        object? version;
        try
        {
            version = sql.Scalar("SELECT max(version) FROM schema_version WHERE application = @p0", Application);
        }
        catch (DbException)
        {
            // A schema_version table of another application, with other columns.
            throw store.NotAWorkspace();
        }

        return version is null ? throw store.NotAWorkspace() : Convert.ToInt32(version, CultureInfo.InvariantCulture);
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
