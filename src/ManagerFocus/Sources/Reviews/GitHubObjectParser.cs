using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ManagerFocus.Sources.Reviews;

/// <summary>
/// Token-by-token state machine that collects the needed fields of each item object (an object inside the
/// file's arrays, or a lone top-level object) without materializing it.
/// </summary>
internal sealed class GitHubObjectParser(NameTable repositories, NameTable logins)
{
    private char[] _chars = new char[256];
    private int _itemDepth = -1;
    private GitHubField _pending;
    private bool _inUser;
    private GitHubField _userPending;
    private GitHubObject _current = GitHubObject.Empty;

    public ref readonly GitHubObject Current => ref _current;

    /// <summary>Forgets a partly read item, after invalid JSON.</summary>
    public void Abandon()
    {
        _itemDepth = -1;
        _inUser = false;
        _pending = GitHubField.None;
    }

    public ParsedItem Accept(ref Utf8JsonReader reader)
    {
        var token = reader.TokenType;
        var depth = reader.CurrentDepth;
        if (_itemDepth < 0)
        {
            return BetweenItems(token, depth);
        }

        var level = depth - _itemDepth;
        if (level == 0 && token == JsonTokenType.EndObject)
        {
            _itemDepth = -1;
            return ParsedItem.Object;
        }

        if (level == 1)
        {
            ItemLevel(ref reader, token);
        }
        else if (level == 2 && _inUser)
        {
            UserLevel(ref reader, token);
        }

        return ParsedItem.None;
    }

    private ParsedItem BetweenItems(JsonTokenType token, int depth)
    {
        switch (token)
        {
            case JsonTokenType.StartObject:
                _itemDepth = depth;
                _pending = GitHubField.None;
                _inUser = false;
                _current = GitHubObject.Empty;
                return ParsedItem.None;
            case JsonTokenType.StartArray or JsonTokenType.EndArray:
                return ParsedItem.None;
            default:
                return ParsedItem.NotAnObject;
        }
    }

    private void ItemLevel(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (token == JsonTokenType.PropertyName)
        {
            _pending = GitHubFieldNames.OfItem(ref reader);
            _current.HasNumber |= _pending == GitHubField.Number;
            _current.HasHead |= _pending == GitHubField.Head;
            _current.HasBase |= _pending == GitHubField.Base;
            _current.HasDiffHunk |= _pending == GitHubField.DiffHunk;
            return;
        }

        if (token == JsonTokenType.EndObject)
        {
            _inUser = false;
            return;
        }

        var field = _pending;
        _pending = GitHubField.None;
        switch (field)
        {
            case GitHubField.Url when token == JsonTokenType.String:
                _current.HasUrl = true;
                _current.UrlKey = PullRequestKey(ref reader);
                break;
            case GitHubField.PullRequestUrl when token == JsonTokenType.String:
                _current.HasPullRequestUrl = true;
                _current.PullRequestKey = PullRequestKey(ref reader);
                break;
            case GitHubField.CreatedAt:
                _current.CreatedUnix = Timestamp(ref reader, token);
                break;
            case GitHubField.SubmittedAt:
                _current.SubmittedUnix = Timestamp(ref reader, token);
                break;
            case GitHubField.State:
                ReadState(ref reader, token);
                break;
            case GitHubField.Id when token == JsonTokenType.Number:
                _current.Id = reader.TryGetInt64(out var id) ? id : 0;
                break;
            case GitHubField.User when token == JsonTokenType.StartObject:
                _current.User = UserField.Present;
                _inUser = true;
                break;
            case GitHubField.User when token == JsonTokenType.Null:
                _current.User = UserField.Null;
                break;
            case GitHubField.Message when token == JsonTokenType.String:
                // Only API error responses carry a top-level message; it names what went wrong with the export.
                _current.Message = Lossy(ref reader);
                break;
            default:
                break;
        }
    }

    private void UserLevel(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (token == JsonTokenType.PropertyName)
        {
            _userPending = GitHubFieldNames.OfUser(ref reader);
            return;
        }

        var field = _userPending;
        _userPending = GitHubField.None;
        if (token != JsonTokenType.String)
        {
            return;
        }

        if (field == GitHubField.Login)
        {
            var login = Text(ref reader);
            _current.Login = logins.Intern(login);
            _current.Bot |= login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase);
        }
        else if (field == GitHubField.Type)
        {
            _current.Bot |= reader.ValueTextEquals("Bot"u8);
        }
    }

    private void ReadState(ref Utf8JsonReader reader, JsonTokenType token)
    {
        if (token != JsonTokenType.String)
        {
            return;
        }

        _current.State = reader.ValueTextEquals("APPROVED"u8) ? ReviewState.Approved
            : reader.ValueTextEquals("CHANGES_REQUESTED"u8) ? ReviewState.ChangesRequested
            : reader.ValueTextEquals("COMMENTED"u8) ? ReviewState.Commented
            : reader.ValueTextEquals("PENDING"u8) ? ReviewState.Pending
            : reader.ValueTextEquals("DISMISSED"u8) ? ReviewState.Dismissed
            : ReviewState.Unknown;
        if (_current.State == ReviewState.Unknown && !reader.ValueTextEquals("open"u8) && !reader.ValueTextEquals("closed"u8))
        {
            // Pull requests' open and closed are expected; other exporters may write states in lower case.
            var text = Lossy(ref reader);
            _current.State = Enum.TryParse<ReviewState>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var state)
                && state is not (ReviewState.Missing or ReviewState.Unknown) ? state : ReviewState.Unknown;
            _current.UnknownState = text;
        }
    }

    /// <summary>A string for a warning; bytes that are not UTF-8 become replacement characters instead of an exception.</summary>
    private static string Lossy(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Encoding.UTF8.GetString(reader.ValueSpan);
        }
    }

    private static long Timestamp(ref Utf8JsonReader reader, JsonTokenType token) =>
        token == JsonTokenType.Null ? GitHubObject.Missing
        : token == JsonTokenType.String && reader.TryGetDateTimeOffset(out var time) && time.Year is >= 1970 and < 9000 ? time.ToUnixTimeSeconds()
        : GitHubObject.Invalid;

    /// <summary>Repository id and number of <c>.../repos/{o}/{r}/pulls/{n}</c>; any other URL is its own repository, number 0.</summary>
    private long PullRequestKey(ref Utf8JsonReader reader)
    {
        var url = Text(ref reader);
        var at = url.LastIndexOf("/pulls/", StringComparison.Ordinal);
        if (at >= 0 && int.TryParse(url[(at + 7)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return Key(repositories.Intern(url[..at]), number);
        }

        return Key(repositories.Intern(url), 0);
    }

    public static long Key(int repository, int number) => ((long)repository << 32) | (uint)number;

    private ReadOnlySpan<char> Text(ref Utf8JsonReader reader)
    {
        // The reader is always over one contiguous buffer, so the value is a span.
        var length = reader.ValueSpan.Length;
        if (length > _chars.Length)
        {
            _chars = new char[Math.Max(length, _chars.Length * 2)];
        }

        try
        {
            return _chars.AsSpan(0, reader.CopyString(_chars));
        }
        catch (InvalidOperationException)
        {
            // Bytes that are not UTF-8 become replacement characters, so the login or URL simply matches nothing.
            return _chars.AsSpan(0, Encoding.UTF8.GetChars(reader.ValueSpan, _chars));
        }
    }
}
