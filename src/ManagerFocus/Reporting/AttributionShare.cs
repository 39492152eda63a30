namespace ManagerFocus.Reporting;

/// <summary>
/// How many commits, or reviews, of the period were read (bots aside) and how many of them no person was found for
/// (docs/definitions.md, "Inputs"); <see cref="Share"/> is null when there were none.
/// </summary>
public sealed record AttributionShare(int Total, int Unattributed, double? Share)
{
    public static AttributionShare Of(int total, int unattributed) =>
        new(total, unattributed, total > 0 ? Rounding.Share(unattributed / (double)total) : null);
}
