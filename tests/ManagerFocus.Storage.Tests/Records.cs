using System.Text;
using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Storage.Tests;

/// <summary>Small activity records for the storage suite, with the awkward values a store must keep.</summary>
internal static class Records
{
    public static readonly AuthorIdentity Ana = new("ana@example.com", "Ana Núñez");
    public static readonly AuthorIdentity Bo = new("bo@example.com", "Bo 博");

    public static CommitId Sha1(int n) => Hash(n, 40);

    public static CommitId Sha256(int n) => Hash(n, 64);

    public static CommitRecord Commit(int n, AuthorIdentity author, long unix, bool sha256 = false) =>
        new(sha256 ? Sha256(n) : Sha1(n), author, unix);

    public static RepositoryActivity Repository(string path, params CommitRecord[] commits) => new(path, commits, ["refs/heads/main 0123"]);

    public static PersonRecord Person(int line, string id, string? manager = null) => new(
        line, id, $"Person {id}", $"{id}@example.com", manager, "Engineering Manager", "Platform", "L5", "management",
        [$"{id}@old.example.com", $"{id}-gh"], new DateOnly(2024, 1, 15), null, "Europe/Berlin");

    public static Warning Warn(string source, int line, string message) => new(source, $"line {line}", message);

    /// <summary>An event record; the store keeps its data as opaque bytes, so any bytes will do (here every value 0-255).</summary>
    public static CalendarEventRecord Event(int line, string uid, long startUnix) =>
        new(line, uid, null, BitConverter.GetBytes(startUnix).Concat(Enumerable.Range(0, 256).Select(b => (byte)b)).ToArray());

    private static CommitId Hash(int n, int digits)
    {
        var hex = Convert.ToHexStringLower(BitConverter.GetBytes(n * 2654435761L + 12345)).PadLeft(digits, 'a');
        CommitId.TryParse(Encoding.ASCII.GetBytes(hex), out var id).ShouldBeTrue();
        return id;
    }
}
