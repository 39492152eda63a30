using System.Text.Json;

namespace ManagerFocus.Sources.Reviews;

/// <summary>Recognizes field names straight from the reader's UTF-8 bytes, without allocating them.</summary>
internal static class GitHubFieldNames
{
    /// <summary>A field of the object itself.</summary>
    public static GitHubField OfItem(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("url"u8) ? GitHubField.Url
        : reader.ValueTextEquals("number"u8) ? GitHubField.Number
        : reader.ValueTextEquals("head"u8) ? GitHubField.Head
        : reader.ValueTextEquals("base"u8) ? GitHubField.Base
        : reader.ValueTextEquals("created_at"u8) ? GitHubField.CreatedAt
        : reader.ValueTextEquals("pull_request_url"u8) ? GitHubField.PullRequestUrl
        : reader.ValueTextEquals("submitted_at"u8) ? GitHubField.SubmittedAt
        : reader.ValueTextEquals("state"u8) ? GitHubField.State
        : reader.ValueTextEquals("user"u8) ? GitHubField.User
        : reader.ValueTextEquals("diff_hunk"u8) ? GitHubField.DiffHunk
        : reader.ValueTextEquals("message"u8) ? GitHubField.Message
        : reader.ValueTextEquals("id"u8) ? GitHubField.Id
        : GitHubField.Other;

    /// <summary>A field of the object's <c>user</c>.</summary>
    public static GitHubField OfUser(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("login"u8) ? GitHubField.Login
        : reader.ValueTextEquals("type"u8) ? GitHubField.Type
        : GitHubField.Other;
}
