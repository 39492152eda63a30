using System.Security.Cryptography;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli.Workspaces;

/// <summary>
/// What a workspace keeps of a file to skip it on the next import when it has not changed: the SHA-256 of its bytes,
/// with its size and modification time, so a file whose size and time are unchanged is not read at all (as git's
/// index does); a file that was only touched is hashed and still found unchanged.
/// </summary>
internal static class ContentHash
{
    /// <summary>True when the stored value says the file at <paramref name="path"/> is unchanged.</summary>
    public static bool Unchanged(string? stored, string path)
    {
        if (stored is null)
        {
            return false;
        }

        var at = stored.IndexOf('@', StringComparison.Ordinal);
        return at >= 0 && (stored[(at + 1)..] == Stamp(path) || stored[..at] == Of(path));
    }

    /// <summary>The value to store for the file: its hash and its stamp.</summary>
    public static string Stored(string path) => $"{Of(path)}@{Stamp(path)}";

    private static string Stamp(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "";
    }

    public static string Of(string path)
    {
        if (!File.Exists(path))
        {
            throw Directory.Exists(path) ? UserError.Unreadable(path, "it is a folder; give a file") : UserError.MissingFile(path, "input file");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UserError.Unreadable(path, e.Message);
        }
    }
}
