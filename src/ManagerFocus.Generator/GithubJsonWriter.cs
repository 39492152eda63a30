using System.Globalization;
using System.Text.Json;

namespace ManagerFocus.Generator;

/// <summary>Writes a repository's pull requests and reviews as `gh api --paginate` saves them: one JSON array per page, back to back.</summary>
internal sealed class GithubJsonWriter(OrgPlan plan)
{
    private const int PageSize = 100;
    private const string Api = "https://api.github.com";

    /// <summary>Writes `{repo}-pulls.json` and `{repo}-reviews.json`; returns the number of reviews.</summary>
    public int Write(string folder, int repo, IReadOnlyList<PlannedPullRequest> pulls)
    {
        var name = plan.Repositories[repo];
        var newestFirst = pulls.OrderByDescending(p => p.Number).ToList();
        using (var file = File.Create(Path.Combine(folder, $"{name}-pulls.json")))
        {
            for (var page = 0; page * PageSize < newestFirst.Count || page == 0; page++)
            {
                using var json = new Utf8JsonWriter(file);
                json.WriteStartArray();
                foreach (var pr in newestFirst.Skip(page * PageSize).Take(PageSize))
                {
                    new PullRequestJson(plan, json, name, repo).Write(pr);
                }

                json.WriteEndArray();
            }
        }

        var reviews = 0;
        using var reviewFile = File.Create(Path.Combine(folder, $"{name}-reviews.json"));
        foreach (var pr in newestFirst)
        {
            // One `gh api --paginate .../pulls/{n}/reviews` call per pull request, appended with a newline.
            using (var json = new Utf8JsonWriter(reviewFile))
            {
                json.WriteStartArray();
                for (var i = 0; i < pr.Reviews.Count; i++)
                {
                    WriteReview(json, name, pr, i, repo);
                    reviews++;
                }

                json.WriteEndArray();
            }

            reviewFile.WriteByte((byte)'\n');
        }

        return reviews;
    }

    private void WriteReview(Utf8JsonWriter json, string name, PlannedPullRequest pr, int i, int repo)
    {
        var review = pr.Reviews[i];
        var id = 900_000_000L + repo * 1_000_000L + pr.Number * 10L + i;
        var prUrl = $"{Api}/repos/{OrgPlan.GithubOrg}/{name}/pulls/{pr.Number}";
        var html = $"https://github.com/{OrgPlan.GithubOrg}/{name}/pull/{pr.Number}#pullrequestreview-{id}";
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteString("node_id", $"PRR_kwDO{id:x}");
        json.WritePropertyName("user");
        PullRequestJson.User(json, plan, review.Reviewer);
        json.WriteString("body", review.State == "APPROVED" ? "" : "Could we add a test for the edge case?");
        json.WriteString("state", review.State);
        json.WriteString("html_url", html);
        json.WriteString("pull_request_url", prUrl);
        json.WriteString("author_association", review.Reviewer >= 0 ? "MEMBER" : "CONTRIBUTOR");
        json.WriteStartObject("_links");
        json.WriteStartObject("html");
        json.WriteString("href", html);
        json.WriteEndObject();
        json.WriteStartObject("pull_request");
        json.WriteString("href", prUrl);
        json.WriteEndObject();
        json.WriteEndObject();
        if (review.Submitted is { } submitted)
        {
            json.WriteString("submitted_at", Timestamp(submitted));
        }

        json.WriteString("commit_id", Seeds.Sha(repo, pr.Number, 1));
        json.WriteEndObject();
    }

    public static string Timestamp(long unix) =>
        DateTimeOffset.FromUnixTimeSeconds(unix).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
