namespace ManagerFocus.Cli;

/// <summary>Exit codes shared by every command (docs/definitions.md, "Exit codes").</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int RuleBroken = 1;
    public const int UnusableInput = 2;
    public const int Unexpected = 3;
}
