namespace ManagerFocus.Org;

/// <summary>A person and everyone below them in the snapshot in force on a day (docs/definitions.md, "Sub-organizations").</summary>
public static class Subtree
{
    /// <summary>The indexes of the root and of everyone whose chain of managers on the day reaches the root.</summary>
    public static IReadOnlySet<int> Of(Organization org, Person root, DateOnly day)
    {
        var snapshot = org.SnapshotOn(day);
        var members = new HashSet<int> { root.Index };
        var queue = new Queue<int>([root.Index]);
        while (queue.TryDequeue(out var manager))
        {
            foreach (var report in snapshot.ReportsOf(manager))
            {
                // Snapshots are checked for cycles, so each person is reached once.
                if (members.Add(report))
                {
                    queue.Enqueue(report);
                }
            }
        }

        return members;
    }
}
