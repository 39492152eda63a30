using System.CommandLine;
using System.Globalization;
using ManagerFocus.Analysis;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Cli.Commands;

/// <summary>The input options shared by analyze, check, explain and import (docs/definitions.md, "Inputs").</summary>
internal sealed class InputOptions
{
    public Option<string[]> People { get; } = new("--people")
    {
        Description = "people.csv: the org chart, optionally dated snapshots (effective_date); repeatable (required unless running the demo)",
    };
    public Option<string[]> Git { get; } = new("--git") { Description = "a git repository or a folder of them; repeatable" };
    public Option<string[]> Calendar { get; } = new("--calendar") { Description = "an .ics file or a folder of them; repeatable" };
    public Option<string[]> Reviews { get; } = new("--reviews") { Description = "a GitHub pull-request/review JSON file or a folder of them; repeatable" };
    public Option<string?> Survey { get; } = new("--survey") { Description = "survey.csv: person_id,date,score" };
    public Option<string?> Exits { get; } = new("--exits") { Description = "exits.csv: person_id,date,voluntary" };
    public Option<string?> Policy { get; } = new("--policy") { Description = "policy.yml: thresholds and rules (defaults built in)" };
    public Option<string?> From { get; } = new("--from") { Description = "first day of the period, YYYY-MM-DD (inclusive)" };
    public Option<string?> To { get; } = new("--to") { Description = "end of the period, YYYY-MM-DD (exclusive)" };
    public Option<bool> Strict { get; } = new("--strict") { Description = "treat any input warning as a failure (exit 2)" };
    public Option<bool> Pseudonymize { get; } = new("--pseudonymize")
    {
        Description = "replace names and ids with stable pseudonyms in every output (key: MANAGERFOCUS_PSEUDONYM_KEY)",
    };

    public Option<string?> Under { get; } = new("--under") { Description = "restrict the report to this person's subtree on the period's last day (an id)" };
    public Option<string?> CompareTo { get; } = new("--compare-to") { Description = "compare each manager's shares with another period, FROM..TO (YYYY-MM-DD, TO exclusive)" };
    public Option<bool> ComparePrevious { get; } = new("--compare-previous") { Description = "compare each manager's shares with the period of the same length just before" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { People, Git, Calendar, Reviews, Survey, Exits, Policy, From, To, Strict, Pseudonymize, Under, CompareTo, ComparePrevious })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>True when the user named no input at all, so the demo organization runs.</summary>
    public bool NoneGiven(ParseResult parsed) =>
        Empty(parsed.GetValue(People)) && Empty(parsed.GetValue(Git)) && Empty(parsed.GetValue(Calendar))
        && Empty(parsed.GetValue(Reviews)) && parsed.GetValue(Survey) is null && parsed.GetValue(Exits) is null;

    public AnalysisRequest ToRequest(ParseResult parsed, string? peopleOverride = null)
    {
        string[] people = peopleOverride is not null ? [peopleOverride] : parsed.GetValue(People) ?? [];
        if (people.Length == 0)
        {
            throw new UserError("--people is required when other inputs are given (run without any input for the demo).");
        }

        return new AnalysisRequest
        {
            PeoplePath = people[0],
            PeoplePaths = people,
            GitPaths = parsed.GetValue(Git) ?? [],
            CalendarPaths = parsed.GetValue(Calendar) ?? [],
            ReviewPaths = parsed.GetValue(Reviews) ?? [],
            SurveyPath = parsed.GetValue(Survey),
            ExitsPath = parsed.GetValue(Exits),
            PolicyPath = parsed.GetValue(Policy),
            From = ParseDate("--from", parsed.GetValue(From)),
            To = ParseDate("--to", parsed.GetValue(To)),
            Pseudonymize = parsed.GetValue(Pseudonymize),
            Under = parsed.GetValue(Under),
            CompareTo = ParseRange("--compare-to", parsed.GetValue(CompareTo)),
            ComparePrevious = Previous(parsed),
        };
    }

    /// <summary>The options that still apply when the inputs come from a workspace: period, policy, pseudonyms.</summary>
    public AnalysisRequest ToWorkspaceRequest(ParseResult parsed) => new()
    {
        PeoplePath = "",
        PolicyPath = parsed.GetValue(Policy),
        From = ParseDate("--from", parsed.GetValue(From)),
        To = ParseDate("--to", parsed.GetValue(To)),
        Pseudonymize = parsed.GetValue(Pseudonymize),
        Under = parsed.GetValue(Under),
        CompareTo = ParseRange("--compare-to", parsed.GetValue(CompareTo)),
        ComparePrevious = Previous(parsed),
    };

    /// <summary>--compare-previous, refused beside --compare-to: the two name different periods.</summary>
    private bool Previous(ParseResult parsed) =>
        parsed.GetValue(ComparePrevious) && parsed.GetValue(CompareTo) is { } other
            ? throw UserError.InvalidOption("--compare-previous", "true", $"give either it or --compare-to {other}, not both")
            : parsed.GetValue(ComparePrevious);

    /// <summary>FROM..TO as two YYYY-MM-DD dates, TO after FROM; null when not given.</summary>
    public static (DateOnly From, DateOnly To)? ParseRange(string option, string? raw)
    {
        if (raw is null)
        {
            return null;
        }

        var parts = raw.Split("..");
        const string format = "expected FROM..TO as YYYY-MM-DD..YYYY-MM-DD";
        if (parts.Length != 2
            || !DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to))
        {
            throw UserError.InvalidOption(option, raw, format);
        }

        InRange(option, raw, from);
        InRange(option, raw, to);
        return to > from ? (from, to) : throw UserError.InvalidOption(option, raw, "TO must be after FROM (TO is exclusive)");
    }

    private static bool Empty(string[]? values) => values is null || values.Length == 0;

    /// <summary>A date option's value as YYYY-MM-DD, or null when not given; anything else is a user error.</summary>
    public static DateOnly? ParseDate(string option, string? raw) =>
        raw is null ? null
        : DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? InRange(option, raw, day)
        : throw UserError.InvalidOption(option, raw, "expected a date as YYYY-MM-DD");

    /// <summary>The first and last day a date option takes (docs/definitions.md, "Bounds"): periods and weeks are counted in Unix time.</summary>
    public static readonly DateOnly EarliestDay = new(1970, 1, 1);

    public static readonly DateOnly LatestDay = new(9000, 12, 31);

    private static DateOnly InRange(string option, string raw, DateOnly day) =>
        day >= EarliestDay && day <= LatestDay ? day
        : throw UserError.InvalidOption(option, raw, $"expected a day from {EarliestDay:yyyy-MM-dd} to {LatestDay:yyyy-MM-dd}");
}
