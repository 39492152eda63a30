using ManagerFocus.Metrics;
using ManagerFocus.Org;
using ManagerFocus.Time;
using MathNet.Numerics.Statistics;

namespace ManagerFocus.Evidence;

/// <summary>Compares outcomes of coding-manager teams with the rest (docs/definitions.md, "Evidence").</summary>
public sealed class EvidenceCalculator(Organization org, Period period, int minimumGroup, int resamples, int seed)
{
    /// <summary>
    /// Teams: managers whose coding share is known, with everyone who was their employed direct report on some day of the
    /// period (by the snapshot in force each day).
    /// </summary>
    public IReadOnlyList<Team> Teams(IEnumerable<ManagerFigures> figures, double codingManagerShare) =>
        figures
            .Where(f => f.CodingShare is not null)
            .Select(f => new Team(f.Manager, Threshold.Above(f.CodingShare!.Value, codingManagerShare),
                org.ReportsOf(f.Manager).Where(r => MemberDays(f.Manager, r) > 0).ToList()))
            .Where(t => t.Members.Count > 0)
            .ToList();

    /// <summary>Mean of each member's latest answer in the period; effect = (coding-manager − other) / other.</summary>
    public Comparison Satisfaction(IReadOnlyList<Team> teams, IEnumerable<SurveyAnswer> answers)
    {
        var latest = new Dictionary<int, SurveyAnswer>();
        foreach (var a in answers.Where(a => period.Contains(a.Date)))
        {
            if (!latest.TryGetValue(a.Person, out var seen) || a.Date >= seen.Date)
            {
                latest[a.Person] = a;
            }
        }

        var teamOn = TeamOnDay(teams);
        GroupFigures Team(Team t)
        {
            var scores = t.Members.Where(m => latest.TryGetValue(m.Index, out var a) && teamOn(m.Index, a.Date) == t.Manager.Index)
                .Select(m => latest[m.Index].Score).ToList();

            // A team without answers says nothing about satisfaction, so it is not counted as a team either.
            return new GroupFigures(scores.Count > 0 ? 1 : 0, scores.Count, scores.Sum(), scores.Count, 0);
        }

        return Compare(teams, Team, (cm, other) => other is > 0 && cm is not null ? (cm - other) / other : null);
    }

    /// <summary>Voluntary exits in the period per member-year; effect = coding-manager rate / other rate.</summary>
    public Comparison Turnover(IReadOnlyList<Team> teams, IEnumerable<Exit> exits)
    {
        var teamOn = TeamOnDay(teams);
        var left = exits.Where(e => e.Voluntary && period.Contains(e.Date)).GroupBy(e => e.Person).ToDictionary(g => g.Key, g => g.Max(e => e.Date));

        GroupFigures Team(Team t)
        {
            var years = t.Members.Sum(m => MemberDays(t.Manager, m)) / 365.0;
            var exits = t.Members.Count(m => left.TryGetValue(m.Index, out var day) && teamOn(m.Index, day) == t.Manager.Index);
            return new GroupFigures(1, t.Members.Count, exits, years, exits);
        }

        // A resample whose other teams had no exit has an unbounded ratio, not a missing one.
        return Compare(teams, Team, (cm, other) => other is > 0 && cm is not null ? cm / other
            : other is 0 && cm is > 0 ? double.PositiveInfinity
            : null);
    }

    private Comparison Compare(IReadOnlyList<Team> teams, Func<Team, GroupFigures> measure, Func<double?, double?, double?> effect)
    {
        var cm = teams.Where(t => t.CodingManager).Select(measure).Where(g => g.Teams > 0).ToArray();
        var other = teams.Where(t => !t.CodingManager).Select(measure).Where(g => g.Teams > 0).ToArray();
        var (cmTotal, otherTotal) = (Pool(cm), Pool(other));
        var withheld = Withheld(cmTotal, otherTotal);
        var value = withheld is null ? effect(cmTotal.Value, otherTotal.Value) : null;
        if (withheld is null && (value is null || !double.IsFinite(value.Value)))
        {
            withheld = "insufficient data: the other teams' figure is zero, so no comparison can be made";
        }

        if (withheld is not null)
        {
            return new Comparison(cmTotal, otherTotal, null, null, null, withheld);
        }

        var (low, high) = Interval(cm, other, effect);
        return new Comparison(cmTotal, otherTotal, value, low, high, null);
    }

    private string? Withheld(GroupFigures cm, GroupFigures other)
    {
        foreach (var (name, g) in new[] { ("coding-manager teams", cm), ("other teams", other) })
        {
            if (g.Teams < minimumGroup)
            {
                return $"insufficient data: {g.Teams} {name} (at least {minimumGroup} needed)";
            }

            if (g.Members < minimumGroup)
            {
                return $"insufficient data: {g.Members} members counted in {name} (at least {minimumGroup} needed)";
            }
        }

        return null;
    }

    /// <summary>
    /// 95% percentile interval from a cluster bootstrap: teams resampled with replacement within each group.
    /// Unbounded resamples (no exit among the other teams) stay in, so a bound they reach is null; when more than
    /// one resample in twenty has no defined effect at all, no interval is given.
    /// </summary>
    private (double? Low, double? High) Interval(GroupFigures[] cm, GroupFigures[] other, Func<double?, double?, double?> effect)
    {
        var random = new Random(seed);
        var effects = new List<double>(resamples);
        var undefined = 0;
        for (var b = 0; b < resamples; b++)
        {
            if (effect(Resample(cm, random).Value, Resample(other, random).Value) is { } e && !double.IsNaN(e))
            {
                effects.Add(e);
            }
            else
            {
                undefined++;
            }
        }

        if (effects.Count == 0 || undefined * 20 > resamples)
        {
            return (null, null);
        }

        effects.Sort();
        return (Bound(effects, 0.025), Bound(effects, 0.975));
    }

    /// <summary>The R7 quantile of sorted values (MathNet's definition), or null where it falls on an unbounded value.</summary>
    private static double? Bound(List<double> sorted, double p)
    {
        var q = SortedArrayStatistics.QuantileCustom([.. sorted], p, QuantileDefinition.R7);
        var h = (sorted.Count - 1) * p;
        var neighbours = (sorted[(int)Math.Floor(h)], sorted[(int)Math.Ceiling(h)]);
        return double.IsFinite(q) && double.IsFinite(neighbours.Item1) && double.IsFinite(neighbours.Item2) ? q : null;
    }

    private static GroupFigures Resample(GroupFigures[] teams, Random random)
    {
        var (members, numerator, denominator, events) = (0, 0.0, 0.0, 0);
        for (var i = 0; i < teams.Length; i++)
        {
            var team = teams[random.Next(teams.Length)];
            members = checked(members + team.Members);
            numerator += team.Numerator;
            denominator += team.Denominator;
            events = checked(events + team.Events);
        }

        return new GroupFigures(teams.Length, members, numerator, denominator, events);
    }

    private static GroupFigures Pool(IReadOnlyCollection<GroupFigures> teams) =>
        new(teams.Count, teams.Sum(t => t.Members), teams.Sum(t => t.Numerator), teams.Sum(t => t.Denominator), teams.Sum(t => t.Events));

    /// <summary>Days of the period the member was employed as the manager's direct report.</summary>
    private int MemberDays(Person manager, Person member) => period.Days(org.ReportingOf(manager.Index, member.Index));

    /// <summary>
    /// The team an answer or exit on a day counts for (docs/definitions.md, "Teams and groups"): of the teams the person
    /// was a member of, the one they joined last on or before the day, else the first they joined.
    /// </summary>
    private Func<int, DateOnly, int> TeamOnDay(IReadOnlyList<Team> teams)
    {
        var memberships = new Dictionary<int, List<(DateOnly From, int Manager)>>();
        foreach (var t in teams)
        {
            foreach (var m in t.Members)
            {
                foreach (var (from, to) in org.ReportingOf(t.Manager.Index, m.Index))
                {
                    var start = from > period.From ? from : period.From;
                    if ((to < period.To ? to : period.To) > start)
                    {
                        (memberships.TryGetValue(m.Index, out var list) ? list : memberships[m.Index] = []).Add((start, t.Manager.Index));
                    }
                }
            }
        }

        return (person, day) =>
        {
            if (!memberships.TryGetValue(person, out var list))
            {
                return -1;
            }

            var chosen = list.MinBy(x => x.From);
            foreach (var membership in list)
            {
                if (membership.From <= day && membership.From >= chosen.From)
                {
                    chosen = membership;
                }
            }

            return chosen.Manager;
        };
    }
}
