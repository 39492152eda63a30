using ManagerFocus.Org;
using ManagerFocus.Reporting;

namespace ManagerFocus.Web.Access;

/// <summary>
/// The people a viewer may see in one period: an administrator everyone; anyone else themselves and, as a manager,
/// everyone under them on the period's last day. Everything else answers 404.
/// </summary>
public sealed class Scope
{
    private readonly HashSet<string>? _people;

    private Scope(Viewer viewer, HashSet<string>? people, IReadOnlyList<ManagerReport> managers)
    {
        Viewer = viewer;
        _people = people;
        Managers = managers;
    }

    public Viewer Viewer { get; }

    public bool IsEverything => _people is null;

    /// <summary>The report's manager rows this viewer may see, in report order.</summary>
    public IReadOnlyList<ManagerReport> Managers { get; }

    public int People(Organization organization) => _people?.Count ?? organization.People.Count;

    public bool Contains(string personId) => _people is null || _people.Contains(personId);

    public static Scope For(Viewer viewer, Organization organization, Report report)
    {
        if (viewer.IsAdmin)
        {
            return new Scope(viewer, null, report.Managers);
        }

        var people = new HashSet<string>(StringComparer.Ordinal);
        if (viewer.PersonId is { } id && organization.Find(id) is { } self)
        {
            // The reporting lines on the last day of the period decide a manager's subtree.
            var lastDay = report.Period.To.AddDays(-1);
            var queue = new Queue<Person>([self]);
            people.Add(self.Id);
            while (queue.TryDequeue(out var manager))
            {
                foreach (var report1 in organization.DirectReportsOn(manager, lastDay))
                {
                    if (people.Add(report1.Id))
                    {
                        queue.Enqueue(report1);
                    }
                }
            }
        }

        return new Scope(viewer, people, report.Managers.Where(m => people.Contains(m.Id)).ToList());
    }
}
