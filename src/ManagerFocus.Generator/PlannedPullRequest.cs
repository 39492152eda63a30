namespace ManagerFocus.Generator;

/// <summary>One pull request and its reviews; <see cref="Author"/> is a person index, or negative for a bot or outsider.</summary>
internal sealed record PlannedPullRequest(int Repo, int Author, long Created)
{
    public int Number { get; set; }
    public List<PlannedReview> Reviews { get; } = [];
    public long? Merged { get; set; }
    public long? Closed { get; set; }

    public long Updated => Math.Max(Closed ?? Created, Reviews.Count == 0 ? Created : Reviews.Max(r => r.Submitted ?? Created));
}
