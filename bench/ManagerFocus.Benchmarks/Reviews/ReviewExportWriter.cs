using System.Globalization;
using System.Text;

namespace ManagerFocus.Benchmarks.Reviews;

/// <summary>
/// Writes a synthetic organization and its GitHub export in the full shape the REST API returns (five user
/// objects per pull request, like /pulls), paginated 100 objects per array as <c>gh api --paginate</c> writes it.
/// </summary>
internal static class ReviewExportWriter
{
    public const int PageSize = 100;
    private const int TeamSize = 8;

    /// <summary>Reviews written for pull request <paramref name="i"/>: 1 to 3, so 2 on average.</summary>
    public static int ReviewsOf(int i) => 1 + (i % 3);

    public static long ReviewCount(int pullRequests) => Enumerable.Range(0, pullRequests).Sum(i => (long)ReviewsOf(i));

    public static void WritePeople(string path, int people)
    {
        using var writer = new StreamWriter(path, false, Encoding.UTF8);
        writer.WriteLine("id,name,email,manager_id,aliases");
        for (var p = 0; p < people; p++)
        {
            var manager = p % TeamSize == 0 ? (p == 0 ? "" : Id(0)) : Id(p - (p % TeamSize));
            writer.WriteLine($"{Id(p)},Person {p},{Id(p)}@example.com,{manager},{Login(p)}");
        }
    }

    public static void WritePullRequests(string path, int pullRequests, int people)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < pullRequests; i++)
        {
            writer.Write(i % PageSize == 0 ? "[" : ",");
            writer.Write(PullRequest(i, Author(i, people), start.AddSeconds(i * 37L)));
            writer.Write(i % PageSize == PageSize - 1 || i == pullRequests - 1 ? "]\n" : "\n");
        }
    }

    public static void WriteReviews(string path, int pullRequests, int people)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        var start = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < pullRequests; i++)
        {
            writer.Write('[');
            for (var r = 0; r < ReviewsOf(i); r++)
            {
                var author = Author(i, people);
                var reviewer = r == 0 ? author - (author % TeamSize) : (author + 1 + r) % people;
                var state = (r + i) % 5 == 4 ? "PENDING" : (r + i) % 3 == 0 ? "APPROVED" : "COMMENTED";
                writer.Write(r == 0 ? "" : ",");
                writer.Write(Review(i, (i * 3) + r, ReviewerLogin(i, r, reviewer), state, start.AddSeconds((i * 37L) + 3600 + (r * 5400))));
            }

            writer.Write("]\n");
        }
    }

    private static int Author(int i, int people) => (int)((i * 7919L) % people);

    // One review in 40 by a login nobody claims, one in 50 by a bot, as in real organizations.
    private static string ReviewerLogin(int i, int r, int reviewer) =>
        (i + r) % 40 == 0 ? $"contractor-{i % 97}" : (i + r) % 50 == 1 ? "dependabot[bot]" : Login(reviewer);

    private static string Id(int p) => $"p{p:D5}";

    private static string Login(int p) => $"dev-{p:D5}";

    private static string Time(DateTimeOffset t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string User(string login)
    {
        var bot = login.EndsWith("[bot]", StringComparison.Ordinal);
        var u = $"https://api.github.com/users/{login}";
        return $$$"""{"login":"{{{login}}}","id":{{{login.Length * 7919}}},"node_id":"MDQ6VXNlcjE=","avatar_url":"https://avatars.githubusercontent.com/u/1?v=4","gravatar_id":"","url":"{{{u}}}","html_url":"https://github.com/{{{login}}}","followers_url":"{{{u}}}/followers","following_url":"{{{u}}}/following{/other_user}","gists_url":"{{{u}}}/gists{/gist_id}","starred_url":"{{{u}}}/starred{/owner}{/repo}","subscriptions_url":"{{{u}}}/subscriptions","organizations_url":"{{{u}}}/orgs","repos_url":"{{{u}}}/repos","events_url":"{{{u}}}/events{/privacy}","received_events_url":"{{{u}}}/received_events","type":"{{{(bot ? "Bot" : "User")}}}","user_view_type":"public","site_admin":false}""";
    }

    private static string Side(string branch, string login) =>
        $$$"""{"label":"acme:{{{branch}}}","ref":"{{{branch}}}","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","user":{{{User("acme")}}},"repo":{"id":1296269,"node_id":"MDEwOlJlcG9zaXRvcnkxMjk2MjY5","name":"api","full_name":"acme/api","private":true,"owner":{{{User("acme")}}},"html_url":"https://github.com/acme/api","description":"The API","fork":false,"url":"https://api.github.com/repos/acme/api","created_at":"2011-01-26T19:01:12Z","updated_at":"2026-01-26T19:14:43Z","pushed_at":"2026-01-26T19:06:43Z","default_branch":"main","visibility":"private"},"pushed_by":"{{{login}}}"}""";

    private static string PullRequest(int i, int author, DateTimeOffset created)
    {
        var n = i + 1;
        var url = $"https://api.github.com/repos/acme/api/pulls/{n}";
        var login = Login(author);
        return $$$"""{"url":"{{{url}}}","id":{{{n + 100000}}},"node_id":"MDExOlB1bGxSZXF1ZXN0MQ==","html_url":"https://github.com/acme/api/pull/{{{n}}}","diff_url":"https://github.com/acme/api/pull/{{{n}}}.diff","patch_url":"https://github.com/acme/api/pull/{{{n}}}.patch","issue_url":"https://api.github.com/repos/acme/api/issues/{{{n}}}","commits_url":"{{{url}}}/commits","review_comments_url":"{{{url}}}/comments","review_comment_url":"https://api.github.com/repos/acme/api/pulls/comments{/number}","comments_url":"https://api.github.com/repos/acme/api/issues/{{{n}}}/comments","statuses_url":"https://api.github.com/repos/acme/api/statuses/6dcb09b5b57875f334f61aebed695e2e4193db5e","number":{{{n}}},"state":"closed","locked":false,"title":"Change number {{{n}}}","user":{{{User(login)}}},"body":"This change updates the handler and its tests.\r\n\r\nFixes #{{{n}}}","labels":[{"id":208045946,"node_id":"MDU6TGFiZWwyMDgwNDU5NDY=","url":"https://api.github.com/repos/acme/api/labels/bug","name":"bug","description":"Something isn't working","color":"f29513","default":true}],"milestone":null,"active_lock_reason":null,"created_at":"{{{Time(created)}}}","updated_at":"{{{Time(created.AddHours(20))}}}","closed_at":"{{{Time(created.AddHours(20))}}}","merged_at":"{{{Time(created.AddHours(20))}}}","merge_commit_sha":"e5bd3914e2e596debea16f433f57875b5b90bcd6","assignee":null,"assignees":[],"requested_reviewers":[],"requested_teams":[],"head":{{{Side("topic-" + n, login)}}},"base":{{{Side("main", login)}}},"_links":{"self":{"href":"{{{url}}}"},"html":{"href":"https://github.com/acme/api/pull/{{{n}}}"},"issue":{"href":"https://api.github.com/repos/acme/api/issues/{{{n}}}"},"comments":{"href":"https://api.github.com/repos/acme/api/issues/{{{n}}}/comments"}},"author_association":"MEMBER","auto_merge":null,"draft":false}""";
    }

    private static string Review(int i, int id, string login, string state, DateTimeOffset submitted)
    {
        var n = i + 1;
        var time = state == "PENDING" ? "" : $"\"submitted_at\":\"{Time(submitted)}\",";
        return $$$"""{"id":{{{id}}},"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{{{User(login)}}},"body":"Looks good, one question inline.","state":"{{{state}}}","html_url":"https://github.com/acme/api/pull/{{{n}}}#pullrequestreview-{{{id}}}","pull_request_url":"https://api.github.com/repos/acme/api/pulls/{{{n}}}","author_association":"MEMBER","_links":{"html":{"href":"https://github.com/acme/api/pull/{{{n}}}#pullrequestreview-{{{id}}}"},"pull_request":{"href":"https://api.github.com/repos/acme/api/pulls/{{{n}}}"}},{{{time}}}"commit_id":"ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091"}""";
    }
}
