using System.Security.Cryptography;

namespace ManagerFocus.Cli.Workspaces;

/// <summary>The SHA-256 of a file's bytes, streamed: an unchanged file is skipped on the next import.</summary>
internal static class ContentHash
{
    public static string Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Of(IEnumerable<string> paths) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", paths.Select(Of)))));
}
