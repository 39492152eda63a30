using System.Buffers.Text;
using System.Text;
using ManagerFocus.Activity;

namespace ManagerFocus.Sources.Git;

/// <summary>Parses the reader's format line by line, resolving each distinct author of one repository once.</summary>
internal sealed class GitLogParser
{
    private const int BatchSize = 4096;

    private readonly AuthorTable _authors;
    private readonly CommitWindow _window;
    private readonly Dictionary<byte[], (int Code, bool Bot)> _seen = new(ByteKeyComparer.Instance);
    private readonly Dictionary<byte[], (int Code, bool Bot)>.AlternateLookup<ReadOnlySpan<byte>> _seenBySpan;
    private readonly PendingCommit[] _batch = new PendingCommit[BatchSize];
    private int _batched;

    public GitLogParser(AuthorTable authors, CommitWindow window)
    {
        _authors = authors;
        _window = window;
        _seenBySpan = _seen.GetAlternateLookup<ReadOnlySpan<byte>>();
    }

    public int Commits { get; private set; }

    public int BadLines { get; private set; }

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

        var author = Author(line[(first + second + 2)..]);
        _batch[_batched++] = new PendingCommit(id, author.Code, unix, author.Bot);
        Commits++;
        if (_batched == BatchSize)
        {
            Flush();
        }
    }

    public void Flush()
    {
        _window.Add(_batch.AsSpan(0, _batched));
        _batched = 0;
    }

    private (int Code, bool Bot) Author(ReadOnlySpan<byte> emailAndName)
    {
        if (_seenBySpan.TryGetValue(emailAndName, out var known))
        {
            return known;
        }

        var split = emailAndName.IndexOf((byte)0);
        var email = Encoding.UTF8.GetString(split < 0 ? emailAndName : emailAndName[..split]);
        var name = split < 0 ? string.Empty : Encoding.UTF8.GetString(emailAndName[(split + 1)..]);
        var code = _authors.Resolve(email, name);
        var resolved = (code, _authors.IsBot(code));
        _seenBySpan[emailAndName] = resolved;
        return resolved;
    }
}
