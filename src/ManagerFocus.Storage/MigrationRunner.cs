using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace ManagerFocus.Storage;

/// <summary>
/// Applies the embedded Migrations/&lt;database&gt;/NNNN_name.sql scripts not yet in schema_version (any of them, not
/// only those past the newest), in order, in one transaction, and refuses a database that is not a workspace or was
/// written by a newer build.
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
            var found = AppliedVersions(store, sql);
            var newest = found.Count == 0 ? 0 : found.Max();
            if (newest > known)
            {
                throw WorkspaceErrors.NewerSchema(store.Description, newest, known);
            }

            if (migrations.All(m => found.Contains(m.Version)))
            {
                return;
            }
        }

        using var transaction = store.BeginMigration();
        using var write = new SqlRunner(store.Connection, transaction);
        // Another process may have migrated while this one waited for the transaction.
        var applied = AppliedVersions(store, write);
        if (applied.Count == 0)
        {
            write.Execute("CREATE TABLE schema_version (version integer PRIMARY KEY, application text NOT NULL, applied_at text NOT NULL)");
        }

        // Every migration not applied yet, in order, even one numbered below the newest applied: migrations written
        // side by side are numbered when they are merged, so a workspace may have met them in another order.
        foreach (var migration in migrations.Where(m => !applied.Contains(m.Version)))
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

    /// <summary>The versions applied (none for an empty database), or a UserError for someone else's database.</summary>
    private static HashSet<int> AppliedVersions(Store store, SqlRunner sql)
    {
        var tables = store.Tables(sql);
        if (!tables.Contains("schema_version", StringComparer.OrdinalIgnoreCase))
        {
            return tables.Count == 0 ? [] : throw store.NotAWorkspace();
        }

        var versions = new HashSet<int>();
        try
        {
            using var reader = sql.Reader("SELECT version FROM schema_version WHERE application = @p0", Application);
            while (reader.Read())
            {
                versions.Add(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture));
            }
        }
        catch (DbException)
        {
            // A schema_version table of another application, with other columns.
            throw store.NotAWorkspace();
        }

        return versions.Count == 0 ? throw store.NotAWorkspace() : versions;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
