namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>Builds GitHub REST API objects in the shape /pulls and /pulls/{n}/reviews return them.</summary>
internal static class GitHubJson
{
    public const string Repo = "https://api.github.com/repos/acme/api";

    public static string Page(params string[] objects) => "[\n" + string.Join(",\n", objects) + "\n]";

    public static string User(string login, string type = "User") =>
        $$$"""{"login":"{{{login}}}","id":{{{login.Length * 7919}}},"url":"https://api.github.com/users/{{{login}}}","type":"{{{type}}}","site_admin":false}""";

    public static string PullRequest(int number, string? login, string? createdAt, string repo = Repo, string type = "User", string title = "Add a feature")
    {
        var user = login is null ? "null" : User(login, type);
        var created = createdAt is null ? "null" : $"\"{createdAt}\"";
        var side = $$$"""{"label":"acme:topic","ref":"topic","sha":"6dcb09b5b57875f334f61aebed695e2e4193db5e","user":{{{User("acme", "Organization")}}},"repo":{"id":1296269,"name":"api","full_name":"acme/api","owner":{{{User("acme", "Organization")}}},"created_at":"2011-01-26T19:01:12Z"}}""";
        return $$$"""
            {"url":"{{{repo}}}/pulls/{{{number}}}","id":{{{number + 1000}}},"html_url":"https://github.com/acme/api/pull/{{{number}}}","number":{{{number}}},"state":"closed","locked":false,
             "title":"{{{title}}}","user":{{{user}}},"body":"Please pull these awesome changes","labels":[{"id":208045946,"name":"bug"}],
             "created_at":{{{created}}},"updated_at":"2011-01-26T19:01:12Z","requested_reviewers":[{{{User("someone")}}}],
             "head":{{{side}}},"base":{{{side}}},"_links":{"self":{"href":"{{{repo}}}/pulls/{{{number}}}"}},"draft":false}
            """;
    }

    public static string Review(int number, string? login, string state, string? submittedAt, string repo = Repo, string type = "User")
    {
        var user = login is null ? "null" : User(login, type);
        var submitted = submittedAt is null ? "" : $"\"submitted_at\":\"{submittedAt}\",";
        return $$$"""
            {"id":{{{number * 7}}},"node_id":"MDE3OlB1bGxSZXF1ZXN0UmV2aWV3ODA=","user":{{{user}}},"body":"Here is the body for the review.",
             "state":"{{{state}}}","html_url":"https://github.com/acme/api/pull/{{{number}}}#pullrequestreview-80","pull_request_url":"{{{repo}}}/pulls/{{{number}}}",
             "_links":{"html":{"href":"https://github.com/acme/api/pull/{{{number}}}"}},{{{submitted}}}"commit_id":"ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091","author_association":"MEMBER"}
            """;
    }
}
