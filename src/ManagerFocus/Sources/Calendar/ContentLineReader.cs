namespace ManagerFocus.Sources.Calendar;

/// <summary>Streams the unfolded content lines of an .ics file through one reused buffer (RFC 5545, 3.1).</summary>
internal sealed class ContentLineReader(TextReader reader)
{
    /// <summary>A longer logical line is not calendar text (a binary or corrupt file).</summary>
    public const int MaxLineLength = 1 << 20;

    private readonly char[] _buffer = new char[4096];
    private char[] _line = new char[256];
    private int _pos;
    private int _len;
    private int _physicalLine;

    /// <summary>The current logical line; valid until the next call to <see cref="Next"/>.</summary>
    public ReadOnlySpan<char> Line => _line.AsSpan(0, LineLength);

    public int LineLength { get; private set; }

    /// <summary>1-based number of the physical line the current logical line starts on.</summary>
    public int LineNumber { get; private set; }

    /// <summary>True when the current line was cut at <see cref="MaxLineLength"/> or held a NUL character.</summary>
    public bool LooksBinary { get; private set; }

    public bool Next()
    {
        LineLength = 0;
        LooksBinary = false;
        while (true)
        {
            if (!Fill())
            {
                return false;
            }

            LineNumber = _physicalLine + 1;
            ReadPhysical();
            // Folded continuation lines start with one space or tab (3.1).
            while (Fill() && _buffer[_pos] is ' ' or '\t')
            {
                _pos++;
                ReadPhysical();
            }

            if (LineLength > 0 || LooksBinary)
            {
                return true;
            }
        }
    }

    private bool Fill()
    {
        if (_pos < _len)
        {
            return true;
        }

        _len = reader.Read(_buffer, 0, _buffer.Length);
        _pos = 0;
        return _len > 0;
    }

    private void ReadPhysical()
    {
        _physicalLine++;
        while (Fill())
        {
            var span = _buffer.AsSpan(_pos, _len - _pos);
            // CRLF, LF and a lone CR (old Mac exports) all end a line, so a CR-only file is never one long line.
            var end = span.IndexOfAny('\n', '\r', '\0');
            var take = end < 0 ? span.Length : end;
            Append(span[..take]);
            _pos += take;
            if (end >= 0)
            {
                _pos++;
                if (span[end] == '\0')
                {
                    LooksBinary = true;
                    continue;
                }

                if (span[end] == '\r' && Fill() && _buffer[_pos] == '\n')
                {
                    _pos++;
                }

                break;
            }
        }
    }

    private void Append(ReadOnlySpan<char> chars)
    {
        if (LineLength + chars.Length > MaxLineLength)
        {
            LooksBinary = true;
            chars = chars[..Math.Max(0, MaxLineLength - LineLength)];
        }

        if (LineLength + chars.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, LineLength + chars.Length));
        }

        chars.CopyTo(_line.AsSpan(LineLength));
        LineLength += chars.Length;
    }
}
