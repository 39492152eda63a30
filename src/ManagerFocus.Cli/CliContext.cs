using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli;

/// <summary>Where a command writes and what time it is; results go to <see cref="Out"/>, everything else to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter stdout, TextWriter stderr, TimeProvider clock)
{
    public TextWriter Out => stdout;

    public TextWriter Error => stderr;

    public TimeProvider Clock => clock;

    /// <summary>True when stderr is the process's console (behind the control-character filter).</summary>
    public bool ErrorIsConsole => (stderr is SafeTextWriter filtered ? filtered.Inner : stderr) == Console.Error;

    /// <summary>Set once a command knows it runs with --pseudonymize, so its error messages are pseudonymized too.</summary>
    public bool Pseudonymize { get; set; }

    /// <summary>Runs a command body: a user error is one line and exit 2, a bug one line and a log file, exit 3.</summary>
    public int Guard(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserError e)
        {
            var message = Pseudonymize ? Commands.PseudonymizedOutput.Error(e.Message) : e.Message;
            stderr.WriteLine($"managerfocus: {SafeText.Clean(message, SafeText.MaxMessage)}");
            return ExitCodes.UnusableInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The message is left out: an exception's message can quote the input that caused it.
            var (log, problem) = ErrorLog.Write(e);
            var where = log is not null ? $"details in {log}" : $"the details could not be logged: {problem}";
            stderr.WriteLine($"managerfocus: unexpected error ({e.GetType().Name}); {where}");
            return ExitCodes.Unexpected;
        }
    }
}
