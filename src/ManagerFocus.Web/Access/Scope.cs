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
            // The reporting lines in force on the last day of the period decide a manager's subtree (docs/definitions.md, "Sub-organizations").
            foreach (var index in Subtree.Of(organization, self, report.Period.To.AddDays(-1)))
            {
                people.Add(organization[index].Id);
            }
        }

        return new Scope(viewer, people, report.Managers.Where(m => people.Contains(m.Id)).ToList());
    }
}
