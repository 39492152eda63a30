using System.Text;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli;

/// <summary>
/// Writes an output file whole or not at all: into a new temporary file beside it, then renamed over it, so a full disk or a
/// second run leaves the previous file intact; an output that names one of the inputs is refused (docs/definitions.md, "Bounds").
/// </summary>
internal static class ReportFile
{
    public static void Write(string option, string path, IEnumerable<string?> inputs, Action<TextWriter> render)
    {
        var target = Target(option, path, inputs);
        if (InputFiles.Of(target) == InputFiles.Kind.Other)
        {
            // A device or a pipe (/dev/null, a FIFO another program reads) is written in place: renaming a file over it
            // would replace the device itself.
            WriteInPlace(path, target, render);
            return;
        }

        var folder = Path.GetDirectoryName(target)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            using (var stream = new FileStream(temp, options))
            using (var file = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                render(file);
                file.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw UserError.Unwritable(path, e.Message);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void WriteInPlace(string path, string target, Action<TextWriter> render)
    {
        try
        {
            using var stream = new FileStream(target, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Write });
            using var file = new StreamWriter(stream, new UTF8Encoding(false));
            render(file);
            file.Flush();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UserError.Unwritable(path, e.Message);
        }
    }

    /// <summary>The full path to write, after checking it is a usable file name that is not an input.</summary>
    private static string Target(string option, string path, IEnumerable<string?> inputs)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw UserError.InvalidOption(option, path, "give a file name to write the report to, or leave the option out for stdout");
        }

        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw UserError.InvalidOption(option, path, "not a usable file name");
        }

        if (Directory.Exists(full))
        {
            throw UserError.InvalidOption(option, path, "is a folder; give a file name");
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw UserError.Unwritable(path, "its folder does not exist");
        }

        var resolved = Resolve(full);
        foreach (var input in inputs)
        {
            if (!string.IsNullOrEmpty(input) && string.Equals(Resolve(Path.GetFullPath(input)), resolved, StringComparison.Ordinal))
            {
                throw UserError.InvalidOption(option, path, "is one of the inputs; writing there would replace it, so choose another file");
            }
        }

        return full;
    }

    /// <summary>The file a path finally names, following links, so a link to an input counts as the input.</summary>
    private static string Resolve(string full)
    {
        try
        {
            var target = File.ResolveLinkTarget(full, returnFinalTarget: true);
            return target?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is named so nobody mistakes it for a report; a failed clean-up must not hide the real error.
        }
    }
}
