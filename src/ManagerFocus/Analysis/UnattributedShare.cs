using ManagerFocus.Reporting;

namespace ManagerFocus.Analysis;

/// <summary>Warns when a large share of commits or reviews stayed unattributed (docs/definitions.md, "Inputs").</summary>
internal static class UnattributedShare
{
    public static AttributionShare Of(int total, int unattributed) => AttributionShare.Of(total, unattributed);

    public static void Warn(PipelineState state, string source, string location, AttributionShare share, string what)
    {
        var limit = state.Request.Settings.MaxUnattributedShare;
        if (share.Total > 0 && share.Unattributed / (double)share.Total > limit)
        {
            state.Warnings.Add(source, location,
                $"{share.Unattributed} of {share.Total} {what} ({share.Unattributed * 100.0 / share.Total:0.#}%) are attributed to nobody, more than "
                + $"max-unattributed-share {limit * 100:0.#}%; the figures miss them. Add the identities listed as unattributed to people's aliases.");
        }
    }
}
