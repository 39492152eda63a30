using System.Runtime.InteropServices;

namespace ManagerFocus.Diagnostics;

/// <summary>
/// How inputs are found and opened (docs/definitions.md, "Bounds"): only regular files are read (never a FIFO, a device or a
/// link to one, which would block or never end), and folder walks never follow a linked folder, so links cannot loop.
/// </summary>
public static class InputFiles
{
    /// <summary>What a path names, after following links.</summary>
    public enum Kind
    {
        Missing,
        Regular,
        Folder,
        Other,
    }

    private const int AtFdCwd = -100;
    private const uint StatxType = 1;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int FolderType = 0x4000;

    public static Kind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            // statx's layout is the same on every Linux architecture; stx_mode is the 16 bits at byte 28.
            var buffer = new byte[256];
            try
            {
                if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
                {
                    return Kind.Missing;
                }
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return Fallback(path);
            }

            var mode = BitConverter.ToUInt16(buffer, 28) & TypeMask;
            return mode switch
            {
                RegularType => Kind.Regular,
                FolderType => Kind.Folder,
                _ => Kind.Other,
            };
        }

        return Fallback(path);
    }

    private static Kind Fallback(string path) =>
        Directory.Exists(path) ? Kind.Folder
        : !File.Exists(path) ? Kind.Missing
        : File.GetAttributes(path).HasFlag(FileAttributes.Device) ? Kind.Other
        : Kind.Regular;

    /// <summary>Throws a user error unless the path is a regular file (or a link to one).</summary>
    public static void RequireRegular(string path, string what)
    {
        switch (Of(path))
        {
            case Kind.Missing:
                throw UserError.MissingFile(path, what);
            case Kind.Folder:
                throw UserError.Unreadable(path, $"it is a folder; give the {what}");
            case Kind.Other:
                throw UserError.Unreadable(path, "not a regular file (a device, a pipe or a socket); give a file");
        }
    }

    /// <summary>
    /// Every regular file under <paramref name="folder"/> whose name ends with <paramref name="extension"/>, in ordinal order.
    /// Linked folders are not entered; a subfolder that cannot be listed and an entry that is not a regular file are warnings.
    /// </summary>
    public static List<string> Walk(string folder, string extension, string source, WarningLog warnings)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out var current))
        {
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = [.. new DirectoryInfo(current).EnumerateFileSystemInfos()];
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                warnings.Add(source, current, $"folder cannot be listed ({e.GetType().Name}); its files are skipped");
                continue;
            }

            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo)
                {
                    // A linked folder could loop (a link to '.') or lead outside the folder the user named.
                    if (entry.LinkTarget is null)
                    {
                        pending.Push(entry.FullName);
                    }

                    continue;
                }

                if (!entry.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                var kind = Of(entry.FullName);
                if (kind == Kind.Regular)
                {
                    found.Add(entry.FullName);
                }
                else if (kind != Kind.Folder)
                {
                    warnings.Add(source, entry.FullName, kind == Kind.Missing
                        ? "a link to nothing; skipped"
                        : "not a regular file (a device, a pipe or a socket); skipped");
                }
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for the buffer; this call is made once per input file.
    [DllImport("libc", EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);
#pragma warning restore SYSLIB1054
}
