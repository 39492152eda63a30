using ManagerFocus.Activity;
using ManagerFocus.Time;

namespace ManagerFocus.Sources.Git;

/// <summary>
/// The commits that can fall in the period, each hash once: those in the given period, or, while the period is
/// not known yet, those at most <see cref="Reach"/> before the latest author time seen, so memory follows the period.
/// </summary>
internal sealed class CommitWindow(Period? period)
{
    /// <summary>Longer than the default period (91 days ending the day after the latest activity).</summary>
    public static readonly long Reach = (long)TimeSpan.FromDays(92).TotalSeconds;

    private const int MinPruneSize = 1 << 16;

    private readonly Lock _gate = new();
    private readonly Dictionary<CommitId, KeptCommit> _commits = [];
    private int _pruneAt = MinPruneSize;

    /// <summary>Latest author time of a kept commit that is not a bot's.</summary>
    public long? Latest { get; private set; }

    public int Count => _commits.Count;

    public void Add(ReadOnlySpan<PendingCommit> batch)
    {
        lock (_gate)
        {
            foreach (var commit in batch)
            {
                if (!Accepts(commit.AuthorUnix))
                {
                    continue;
                }

                if (!commit.Bot && (Latest is not { } latest || commit.AuthorUnix > latest))
                {
                    Latest = commit.AuthorUnix;
                }

                ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_commits, commit.Id, out var existed);
                // Different .mailmaps can name one commit differently: a person beats an unknown identity.
                if (!existed || (!AuthorTable.IsPerson(slot.Author) && AuthorTable.IsPerson(commit.Author)))
                {
                    slot = new KeptCommit(commit.Author, commit.AuthorUnix);
                }
            }

            if (period is null && _commits.Count >= _pruneAt)
            {
                Prune();
                _pruneAt = Math.Max(MinPruneSize, _commits.Count * 2);
            }
        }
    }

    /// <summary>The kept commits; call once every repository was read.</summary>
    public IEnumerable<KeptCommit> Commits
    {
        get
        {
            lock (_gate)
            {
                return [.. _commits.Values];
            }
        }
    }

    private bool Accepts(long unix) =>
        period is { } p ? p.Contains(unix) : Latest is not { } latest || unix >= latest - Reach;

    private void Prune()
    {
        foreach (var (id, commit) in _commits)
        {
            if (!Accepts(commit.AuthorUnix))
            {
                _commits.Remove(id);
            }
        }
    }
}
