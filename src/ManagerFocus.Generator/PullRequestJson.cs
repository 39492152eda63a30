using System.Text.Json;

namespace ManagerFocus.Generator;

/// <summary>One pull-request object in the shape of GitHub's REST API (`GET /repos/{owner}/{repo}/pulls`).</summary>
internal sealed class PullRequestJson(OrgPlan plan, Utf8JsonWriter json, string repoName, int repo)
{
    private const string Api = "https://api.github.com";

    /// <summary>The organization that owns the repositories, as `base.user`.</summary>
    private const int Org = int.MinValue;

    public void Write(PlannedPullRequest pr)
    {
        var full = $"{OrgPlan.GithubOrg}/{repoName}";
        var url = $"{Api}/repos/{full}/pulls/{pr.Number}";
        var html = $"https://github.com/{full}/pull/{pr.Number}";
        var id = 2_000_000_000L + repo * 1_000_000L + pr.Number;
        json.WriteStartObject();
        json.WriteString("url", url);
        json.WriteNumber("id", id);
        json.WriteString("node_id", $"PR_kwDO{id:x}");
        json.WriteString("html_url", html);
        json.WriteString("diff_url", html + ".diff");
        json.WriteString("patch_url", html + ".patch");
        json.WriteString("issue_url", $"{Api}/repos/{full}/issues/{pr.Number}");
        json.WriteNumber("number", pr.Number);
        json.WriteString("state", pr.Closed is null ? "open" : "closed");
        json.WriteBoolean("locked", false);
        json.WriteString("title", pr.Author == ReviewPlanner.Bot ? "Bump System.Text.Json from 9.0.0 to 10.0.0" : $"Change {pr.Number}: tidy the handler");
        json.WritePropertyName("user");
        User(json, plan, pr.Author);
        json.WriteString("body", "Private description that importers must not keep.");
        json.WriteString("created_at", GithubJsonWriter.Timestamp(pr.Created));
        json.WriteString("updated_at", GithubJsonWriter.Timestamp(pr.Updated));
        Nullable("closed_at", pr.Closed);
        Nullable("merged_at", pr.Merged);
        if (pr.Merged is null)
        {
            json.WriteNull("merge_commit_sha");
        }
        else
        {
            json.WriteString("merge_commit_sha", Seeds.Sha(repo, pr.Number, 2));
        }

        json.WriteNull("assignee");
        json.WriteStartArray("assignees");
        json.WriteEndArray();
        json.WriteStartArray("requested_reviewers");
        json.WriteEndArray();
        json.WriteStartArray("labels");
        json.WriteEndArray();
        json.WriteNull("milestone");
        json.WriteBoolean("draft", false);
        Ref("head", $"topic/change-{pr.Number}", Seeds.Sha(repo, pr.Number, 1), pr.Author);
        Ref("base", "main", Seeds.Sha(repo, pr.Number, 0), Org);
        json.WriteString("author_association", pr.Author >= 0 ? "MEMBER" : "CONTRIBUTOR");
        json.WriteNull("auto_merge");
        json.WriteNull("active_lock_reason");
        json.WriteEndObject();
    }

    /// <summary>A reviewer whose account was deleted: the API then returns `"user": null`.</summary>
    public const int Ghost = -100;

    public static void User(Utf8JsonWriter json, OrgPlan plan, int who)
    {
        if (who == Ghost)
        {
            json.WriteNullValue();
            return;
        }

        var (login, id, type) = who switch
        {
            Org => (OrgPlan.GithubOrg, 1_234_567, "Organization"),
            ReviewPlanner.Bot => ("dependabot[bot]", 49_699_333, "Bot"),
            < 0 => ($"contractor-{-1 - who}", 77_000_000 - who, "User"),
            _ => (plan.People[who].Login, plan.People[who].GithubId, "User"),
        };
        json.WriteStartObject();
        json.WriteString("login", login);
        json.WriteNumber("id", id);
        json.WriteString("node_id", $"MDQ6VXNlcj{id}");
        json.WriteString("avatar_url", $"https://avatars.githubusercontent.com/u/{id}?v=4");
        json.WriteString("url", $"{Api}/users/{login}");
        json.WriteString("html_url", $"https://github.com/{login}");
        json.WriteString("type", type);
        json.WriteBoolean("site_admin", false);
        json.WriteEndObject();
    }

    private void Ref(string name, string branch, string sha, int who)
    {
        json.WriteStartObject(name);
        json.WriteString("label", $"{OrgPlan.GithubOrg}:{branch}");
        json.WriteString("ref", branch);
        json.WriteString("sha", sha);
        json.WritePropertyName("user");
        User(json, plan, who);
        json.WriteStartObject("repo");
        json.WriteNumber("id", 500_000 + repo);
        json.WriteString("name", repoName);
        json.WriteString("full_name", $"{OrgPlan.GithubOrg}/{repoName}");
        json.WriteBoolean("private", true);
        json.WriteString("html_url", $"https://github.com/{OrgPlan.GithubOrg}/{repoName}");
        json.WriteString("url", $"{Api}/repos/{OrgPlan.GithubOrg}/{repoName}");
        json.WriteString("default_branch", "main");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void Nullable(string name, long? unix)
    {
        if (unix is { } value)
        {
            json.WriteString(name, GithubJsonWriter.Timestamp(value));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
