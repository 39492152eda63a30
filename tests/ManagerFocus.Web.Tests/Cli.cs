using ManagerFocus.Cli;

namespace ManagerFocus.Web.Tests;

/// <summary>Runs the real command tree in process, capturing what a user would see.</summary>
internal static class Cli
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = App.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>`managerfocus token ...`, which must print the token alone.</summary>
    public static string Token(string workspace, params string[] who)
    {
        var (code, stdout, stderr) = Run(["token", "--workspace", workspace, .. who]);
        code.ShouldBe(0, stderr);
        return stdout.Trim();
    }
}
