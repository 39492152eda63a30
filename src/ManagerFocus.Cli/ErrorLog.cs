using System.Text;

namespace ManagerFocus.Cli;

/// <summary>
/// Where an unexpected error's details go: a new file with an unpredictable name, readable by its owner only, in the user's
/// state folder (docs/definitions.md, "Exit codes"). It holds exception types and stack frames, never a message, which can
/// quote an input; writing it never throws.
/// </summary>
internal static class ErrorLog
{
    /// <summary>The log's path, or null with the reason when it could not be written.</summary>
    public static (string? Path, string? Problem) Write(Exception error)
    {
        try
        {
            var folder = Folder();
            Directory.CreateDirectory(folder);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var path = System.IO.Path.Combine(folder, $"error-{Guid.NewGuid():N}.log");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new StreamWriter(new FileStream(path, options), new UTF8Encoding(false));
            file.Write(Describe(error));
            return (path, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return (null, e.GetType().Name);
        }
    }

    /// <summary>Each exception's type and stack, innermost last; messages are left out because they can quote input text.</summary>
    public static string Describe(Exception error)
    {
        var text = new StringBuilder();
        for (var e = error; e is not null; e = e.InnerException)
        {
            text.Append(e.GetType().FullName).Append('\n').Append(e.StackTrace).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>$XDG_STATE_HOME/managerfocus, or ~/.local/state/managerfocus; a private temp folder when there is no home.</summary>
    private static string Folder()
    {
        var state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state) || !System.IO.Path.IsPathRooted(state))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            state = string.IsNullOrEmpty(home) ? null : System.IO.Path.Combine(home, ".local", "state");
        }

        return state is null
            ? Directory.CreateTempSubdirectory("managerfocus-").FullName
            : System.IO.Path.Combine(state, "managerfocus");
    }
}
