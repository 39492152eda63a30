using System.Buffers.Text;
using System.Text;
using ManagerFocus.Activity;

namespace ManagerFocus.Sources.Git;

/// <summary>Parses the reader's format line by line into commit records, decoding each distinct author of one repository once.</summary>
internal sealed class GitLogParser
{
    private readonly Dictionary<byte[], AuthorIdentity> _seen = new(ByteKeyComparer.Instance);
    private readonly Dictionary<byte[], AuthorIdentity>.AlternateLookup<ReadOnlySpan<byte>> _seenBySpan;

    public GitLogParser()
    {
        _seenBySpan = _seen.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public List<CommitRecord> Commits { get; } = [];

    public int BadLines { get; private set; }

    /// <summary>Author dates the analysis can place (docs/definitions.md, "Bounds"): 1970-01-01 to the end of 8999; git accepts year 10000.</summary>
    public const long MinUnix = 0;

    public const long MaxUnix = 221_845_392_000 - 1;

    public int OutOfRange { get; private set; }

    /// <summary>Parses every complete line; returns how many bytes that consumed.</summary>
    public int ParseLines(ReadOnlySpan<byte> text)
    {
        var consumed = 0;
        int newline;
        while ((newline = text[consumed..].IndexOf((byte)'\n')) >= 0)
        {
            ParseLine(text.Slice(consumed, newline));
            consumed += newline + 1;
        }

        return consumed;
    }

    public void ParseLine(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty)
        {
            return;
        }

        var first = line.IndexOf((byte)0);
        var second = first < 0 ? -1 : line[(first + 1)..].IndexOf((byte)0);
        if (second < 0
            || !CommitId.TryParse(line[..first], out var id)
            || !Utf8Parser.TryParse(line.Slice(first + 1, second), out long unix, out var used) || used != second)
        {
            BadLines++;
            return;
        }

        if (unix is < MinUnix or > MaxUnix)
        {
            OutOfRange++;
            return;
        }

        Commits.Add(new CommitRecord(id, Author(line[(first + second + 2)..]), unix));
    }

    private AuthorIdentity Author(ReadOnlySpan<byte> emailAndName)
    {
        if (_seenBySpan.TryGetValue(emailAndName, out var known))
        {
            return known;
        }

        var split = emailAndName.IndexOf((byte)0);
        var email = Encoding.UTF8.GetString(split < 0 ? emailAndName : emailAndName[..split]);
        var name = split < 0 ? string.Empty : Encoding.UTF8.GetString(emailAndName[(split + 1)..]);
        var identity = new AuthorIdentity(email, name);
        _seenBySpan[emailAndName] = identity;
        return identity;
    }
}
