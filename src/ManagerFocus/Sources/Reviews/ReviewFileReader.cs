using System.Buffers;
using System.Text.Json;

namespace ManagerFocus.Sources.Reviews;

/// <summary>
/// Streams one file of concatenated JSON values through a growable pooled buffer, so a file of any size is
/// read in constant memory (plus the largest single token). Invalid JSON is reported and reading resumes
/// at the next array, as <c>gh api --paginate</c> starts a new one for every page.
/// </summary>
internal sealed class ReviewFileReader(GitHubObjectParser parser, ReviewFile file)
{
    private const int InitialBuffer = 64 * 1024;

    /// <summary>The largest single JSON token read (a string or a number); GitHub's are under a few KB (docs/definitions.md, "Bounds").</summary>
    public const int MaxToken = 16 << 20;
    private static readonly JsonReaderOptions Options = new() { AllowMultipleValues = true };

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int _start;
    private int _end;
    private long _offset;
    private long _lines = 1;
    private bool _eof;
    private bool _tooLarge;

    public void Read(Stream stream)
    {
        try
        {
            var state = new JsonReaderState(Options);
            Fill(stream);
            if (!SkipByteOrderMark())
            {
                return;
            }

            while (true)
            {
                Fill(stream);
                if (_tooLarge)
                {
                    file.InvalidJson(_lines, _offset + _start, $"one JSON value is larger than {MaxToken >> 20} MB, which no GitHub export holds;");
                    return;
                }

                var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, state);
                try
                {
                    while (reader.Read())
                    {
                        Dispatch(ref reader);
                    }
                }
                catch (JsonException error)
                {
                    Advance((int)reader.BytesConsumed);
                    if (!Recover(stream, error))
                    {
                        return;
                    }

                    state = new JsonReaderState(Options);
                    continue;
                }

                Advance((int)reader.BytesConsumed);
                state = reader.CurrentState;
                if (_eof)
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }

    /// <summary>Skips a UTF-8 byte order mark (PowerShell writes one); false for UTF-16 or UTF-32, which JSON readers do not take.</summary>
    private bool SkipByteOrderMark()
    {
        var head = _buffer.AsSpan(_start, _end - _start);
        if (head.StartsWith("\uFEFF"u8))
        {
            Advance(3);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            file.NotUtf8();
            return false;
        }

        return true;
    }

    private void Dispatch(ref Utf8JsonReader reader)
    {
        switch (parser.Accept(ref reader))
        {
            case ParsedItem.Object:
                file.Add(in parser.Current);
                break;
            case ParsedItem.NotAnObject:
                file.NotAnObject(reader.TokenType);
                break;
            default:
                break;
        }
    }

    private void Advance(int bytes)
    {
        _lines += _buffer.AsSpan(_start, bytes).Count((byte)'\n');
        _start += bytes;
    }

    /// <summary>Moves the unread bytes to the front, doubles the buffer when one token fills it, and reads more.</summary>
    private void Fill(Stream stream)
    {
        if (_eof)
        {
            return;
        }

        var unread = _end - _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, unread);
            _offset += _start;
            (_start, _end) = (0, unread);
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxToken)
            {
                _tooLarge = true;
                return;
            }

            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        while (_end < _buffer.Length)
        {
            var read = stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
                return;
            }

            _end += read;
        }
    }

    /// <summary>Reports invalid JSON, drops the object it broke and finds the next page; false when there is none.</summary>
    private bool Recover(Stream stream, JsonException error)
    {
        file.InvalidJson(_lines, _offset + _start, error.Message);
        parser.Abandon();
        return Resynchronize(stream);
    }

    /// <summary>Skips to the next '[' that follows a ']' (the start of the next page); false at the end of the file.</summary>
    private bool Resynchronize(Stream stream)
    {
        var previous = _start > 0 ? _buffer[_start - 1] : (byte)0;
        while (true)
        {
            for (var i = _start; i < _end; i++)
            {
                var b = _buffer[i];
                if (b == (byte)'[' && previous == (byte)']')
                {
                    Advance(i - _start);
                    return true;
                }

                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
                {
                    previous = b;
                }
            }

            Advance(_end - _start);
            if (_eof)
            {
                return false;
            }

            Fill(stream);
        }
    }
}
