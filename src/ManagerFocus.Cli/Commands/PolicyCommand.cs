using System.CommandLine;
using ManagerFocus.Policy;

namespace ManagerFocus.Cli.Commands;

/// <summary>`managerfocus policy`: print the built-in policy, or check a policy file.</summary>
internal static class PolicyCommand
{
    public static Command Create(CliContext context)
    {
        var defaults = new Option<bool>("--defaults") { Description = "print the built-in policy as a policy.yml to start from" };
        var validate = new Option<string?>("--validate") { Description = "check a policy file: exit 0 when valid, 2 with the line at fault when not" };
        var command = new Command("policy", """
            Print the built-in policy, or validate a policy file.

            Examples:
              managerfocus policy --defaults > policy.yml
              managerfocus policy --validate policy.yml
            """)
        {
            defaults,
            validate,
        };
        command.SetAction(parsed => context.Guard(() =>
        {
            if (parsed.GetValue(validate) is { } path)
            {
                PolicyFile.Load(path);
                context.Error.WriteLine($"{path}: valid policy.");
                return ExitCodes.Ok;
            }

            if (!parsed.GetValue(defaults))
            {
                context.Error.WriteLine("managerfocus policy: give --defaults or --validate FILE.");
                return ExitCodes.UnusableInput;
            }

            context.Out.Write(PolicyFile.Defaults());
            return ExitCodes.Ok;
        }));
        return command;
    }
}
