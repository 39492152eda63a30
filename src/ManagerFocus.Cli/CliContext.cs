using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli;

/// <summary>Where a command writes and what time it is; results go to <see cref="Out"/>, everything else to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider clock)
{
    public TextWriter Out => stdout;

    public TextWriter Error => stderr;

    public TimeProvider Clock => clock;

    /// <summary>Runs a command body: a user error is one line and exit 2, a bug one line and a log file, exit 3.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserError e)
        {
            stderr.WriteLine($"managerfocus: {e.Message}");
            return ExitCodes.UnusableInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var log = Path.Combine(Path.GetTempPath(), $"managerfocus-error-{clock.GetUtcNow():yyyyMMddHHmmss}.log");
            File.WriteAllText(log, e.ToString());
            stderr.WriteLine($"managerfocus: unexpected error: {e.Message} (details in {log})");
            return ExitCodes.Unexpected;
        }
    }
}
