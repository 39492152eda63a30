using System.Security.Cryptography;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli.Workspaces;

/// <summary>The SHA-256 of a file's bytes, streamed: an unchanged file is skipped on the next import.</summary>
internal static class ContentHash
{
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
