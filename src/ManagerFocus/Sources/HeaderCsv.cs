using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using ManagerFocus.Diagnostics;

namespace ManagerFocus.Sources;

/// <summary>
/// One header-driven CSV input (people, survey, exits) read row by row (docs/definitions.md, "Inputs" and "Bounds"): columns
/// are found by name in any case and spelling of a documented synonym, a column given twice is an error, a file in another
/// separator or encoding gets a hint rather than "column missing", a row is cited at its first line, and no line may grow
/// past <see cref="MaxLineChars"/>.
/// </summary>
internal sealed class HeaderCsv : IDisposable
{
    /// <summary>The longest line or field read from a CSV input; a longer one ends the read with an error.</summary>
    public const int MaxLineChars = 1 << 20;

    private readonly CsvReader _csv;
    private readonly string _path;
    private readonly string _source;
    private readonly WarningLog _warnings;
    private readonly Latin1Fallback? _fallback;
    private readonly Dictionary<string, int> _indexOf = new(StringComparer.Ordinal);
    private bool _encodingWarned;

    private HeaderCsv(TextReader text, string path, string source, WarningLog warnings, Latin1Fallback? fallback)
    {
        _csv = new CsvReader(new LineBoundedReader(text), new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            MaxFieldSize = MaxLineChars,
        });
        _path = path;
        _source = source;
        _warnings = warnings;
        _fallback = fallback;
    }

    /// <summary>The header as written (trimmed), by column position; empty for an empty file.</summary>
    public IReadOnlyList<string> Header { get; private set; } = [];

    /// <summary>The first line of the current row (a quoted field may carry it over several lines).</summary>
    public int Line { get; private set; }

    /// <summary>
    /// Opens a CSV file: only a regular file is read; a byte order mark is honoured, UTF-16 without one is recognised by its
    /// zero bytes, and bytes that are not UTF-8 are read as Windows-1252 with one warning (docs/definitions.md, "Inputs").
    /// </summary>
    public static HeaderCsv OpenFile(string path, string what, string source, WarningLog warnings)
    {
        InputFiles.RequireRegular(path, what);
        Stream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UserError.Unreadable(path, e.Message);
        }

        try
        {
            Span<byte> head = stackalloc byte[2];
            var read = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
            stream.Position = 0;
            Latin1Fallback? fallback = null;
            Encoding encoding;
            if (read == 2 && head[0] != 0 && head[1] == 0 && !(head[0] == 0xFF && head[1] == 0xFE))
            {
                encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
            }
            else if (read == 2 && head[0] == 0 && head[1] != 0)
            {
                encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
            }
            else
            {
                fallback = new Latin1Fallback();
                var utf8 = (Encoding)new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).Clone();
                utf8.DecoderFallback = fallback;
                encoding = utf8;
            }

            var text = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, 1 << 16);
            return new HeaderCsv(text, path, source, warnings, fallback);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream.Dispose();
            throw UserError.Unreadable(path, e.Message);
        }
    }

    /// <summary>Reads CSV text already open (tests, or text from elsewhere).</summary>
    public static HeaderCsv Open(TextReader text, string path, string source, WarningLog warnings) => new(text, path, source, warnings, null);

    /// <summary>
    /// Reads the header and maps it onto <paramref name="schema"/>; false for an empty file. Two columns naming the same field
    /// are an error; a header that does not name the <paramref name="required"/> fields gets a separator or encoding hint
    /// when the file looks like one, else "required column missing".
    /// </summary>
    public bool ReadHeader(ColumnSchema schema, IReadOnlyList<string> required)
    {
        if (!Guard(() => _csv.Read() && _csv.ReadHeader()) || _csv.HeaderRecord is not { Length: > 0 } header)
        {
            return false;
        }

        Header = [.. header.Select(h => h.Trim().TrimStart('\uFEFF').Trim())];
        Line = 1;
        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Header.Count; i++)
        {
            if (schema.Field(Header[i]) is not { } field)
            {
                continue;
            }

            if (firstColumn.TryGetValue(field, out var first))
            {
                throw new UserError($"{_path}:1: columns {first + 1} ('{SafeText.Clean(Header[first])}') and {i + 1} ('{SafeText.Clean(Header[i])}') "
                    + $"both give {field}; keep one of them.");
            }

            firstColumn[field] = i;
            _indexOf[field] = i;
        }

        if (required.FirstOrDefault(r => !_indexOf.ContainsKey(r)) is { } missing)
        {
            throw MissingColumn(missing, schema);
        }

        WarnIfNotUtf8(1);
        return true;
    }

    /// <summary>The header columns that name no field of the schema, as written (blank ones left out), each once.</summary>
    public IEnumerable<string> UnknownColumns(ColumnSchema schema) =>
        Header.Where(h => h.Length > 0 && schema.Field(h) is null).Distinct(StringComparer.OrdinalIgnoreCase);

    public bool Has(string field) => _indexOf.ContainsKey(field);

    /// <summary>Moves to the next row; false at the end of the file.</summary>
    public bool Read()
    {
        if (!Guard(_csv.Read))
        {
            return false;
        }

        var parser = _csv.Parser;
        Line = parser.RawRow - LineBreaksWithin(parser.RawRecord);
        WarnIfNotUtf8(Line);
        return true;
    }

    /// <summary>The current row's value of a field, trimmed, or null when the column or the value is missing or blank.</summary>
    public string? Field(string field)
    {
        if (!_indexOf.TryGetValue(field, out var i) || i >= _csv.Parser.Count)
        {
            return null;
        }

        var value = _csv.Parser[i];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public void Dispose() => _csv.Dispose();

    /// <summary>Line breaks inside a record's raw text, its own closing line break left out.</summary>
    private static int LineBreaksWithin(string raw)
    {
        var end = raw.Length;
        if (end > 0 && raw[end - 1] == '\n')
        {
            end--;
        }

        if (end > 0 && raw[end - 1] == '\r')
        {
            end--;
        }

        var breaks = 0;
        for (var i = 0; i < end; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 >= end || raw[i + 1] != '\n')))
            {
                breaks++;
            }
        }

        return breaks;
    }

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is LineTooLongException or MaxFieldSizeException)
        {
            var line = _csv.Parser.RawRow;
            throw new UserError($"{_path}:{Math.Max(1, line)}: a line or quoted field is longer than {MaxLineChars:N0} characters "
                + "(a quote never closed, or not a CSV file); fix the file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw UserError.Unreadable(_path, e.Message);
        }
    }

    private void WarnIfNotUtf8(int line)
    {
        if (_fallback is { Used: true } && !_encodingWarned)
        {
            _encodingWarned = true;
            // Text is decoded ahead of the rows, so the line is where it was noticed, not always where the byte is.
            _warnings.Add(_source, _path, $"the file is not UTF-8 (noticed by line {line}); its other bytes were read as Windows-1252 (Latin-1): "
                + "save it as UTF-8 so every name reads as written");
        }
    }

    /// <summary>The error for a header without <paramref name="missing"/>: a separator or encoding hint when the file looks like one.</summary>
    public UserError MissingColumn(string missing, ColumnSchema schema)
    {
        var joined = string.Join(",", Header);
        if (Header.Count == 1 && (joined.Contains(';') || joined.Contains('\t') || joined.Contains('|')))
        {
            var separator = joined.Contains(';') ? "';'" : joined.Contains('\t') ? "tabs" : "'|'";
            return new UserError($"{_path}:1: the file is separated by {separator}, not commas; save it as comma-separated CSV.");
        }

        if (joined.Contains('\0') || joined.Contains('\uFFFD') || (_fallback?.Used ?? false))
        {
            return new UserError($"{_path}:1: the header cannot be read as text in UTF-8 or UTF-16 (is the file another encoding, or not CSV?); "
                + "save it as UTF-8 CSV.");
        }

        return new UserError($"{_path}:1: required column '{missing}' is missing from the header ({schema.Describe(missing)}); add it.");
    }

    /// <summary>Throws when a physical line grows past <see cref="MaxLineChars"/>, so a file without line breaks cannot fill memory.</summary>
    private sealed class LineBoundedReader(TextReader inner) : TextReader
    {
        private int _lineLength;

        public override int Peek() => inner.Peek();

        public override int Read()
        {
            var c = inner.Read();
            Count(c == '\n', c >= 0 ? 1 : 0);
            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            var read = inner.Read(buffer);
            var chunk = buffer[..read];
            var lastBreak = chunk.LastIndexOf('\n');
            if (lastBreak >= 0)
            {
                _lineLength = 0;
                chunk = chunk[(lastBreak + 1)..];
            }

            Count(false, chunk.Length);
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Count(bool lineBreak, int chars)
        {
            _lineLength = lineBreak ? 0 : _lineLength + chars;
            if (_lineLength > MaxLineChars)
            {
                throw new LineTooLongException();
            }
        }
    }

    private sealed class LineTooLongException : Exception;

    /// <summary>Decodes a byte that is not UTF-8 as Windows-1252 and remembers that it did.</summary>
    private sealed class Latin1Fallback : DecoderFallback
    {
        // Windows-1252's characters for 0x80-0x9F; Latin-1's control characters where it has none.
        private const string Windows1252High =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

        public bool Used { get; private set; }

        public override int MaxCharCount => 4;

        public override DecoderFallbackBuffer CreateFallbackBuffer() => new Buffer(this);

        private static char Map(byte b) => b is >= 0x80 and <= 0x9F ? Windows1252High[b - 0x80] : (char)b;

        private sealed class Buffer(Latin1Fallback owner) : DecoderFallbackBuffer
        {
            private readonly char[] _chars = new char[16];
            private int _count;
            private int _next;

            public override int Remaining => _count - _next;

            public override bool Fallback(byte[] bytesUnknown, int index)
            {
                owner.Used = true;
                _count = Math.Min(bytesUnknown.Length, _chars.Length);
                for (var i = 0; i < _count; i++)
                {
                    _chars[i] = Map(bytesUnknown[i]);
                }

                _next = 0;
                return _count > 0;
            }

            public override char GetNextChar() => _next < _count ? _chars[_next++] : '\0';

            public override bool MovePrevious()
            {
                if (_next == 0)
                {
                    return false;
                }

                _next--;
                return true;
            }

            public override void Reset() => _count = _next = 0;
        }
    }
}

/// <summary>The fields of a CSV input and the header names each is read from (docs/definitions.md, "Inputs").</summary>
internal sealed class ColumnSchema
{
    private readonly Dictionary<string, string> _fieldByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _namesByField = new(StringComparer.Ordinal);

    /// <param name="fields">Each field with the header names (synonyms) that give it; the field's own name always does.</param>
    public ColumnSchema(params (string Field, string[] Synonyms)[] fields)
    {
        foreach (var (field, synonyms) in fields)
        {
            string[] names = [field, .. synonyms];
            _namesByField[field] = names;
            foreach (var name in names)
            {
                _fieldByName[Normalize(name)] = field;
            }
        }
    }

    public IEnumerable<string> Fields => _namesByField.Keys;

    /// <summary>The field a header name gives, or null: case, spaces, dashes and underscores do not matter ("Work Email" is work_email).</summary>
    public string? Field(string header) => _fieldByName.GetValueOrDefault(Normalize(header));

    /// <summary>"also read from: a, b" for an error message.</summary>
    public string Describe(string field) =>
        _namesByField.TryGetValue(field, out var names) && names.Length > 1
            ? $"also read from {string.Join(", ", names.Skip(1))}"
            : "no other name is read as it";

    /// <summary>Lower case, every run of characters other than letters and digits made one underscore, none at the ends.</summary>
    public static string Normalize(string header)
    {
        var text = new StringBuilder(header.Length);
        var gap = false;
        foreach (var c in header.Trim().TrimStart('\uFEFF'))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (gap && text.Length > 0)
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
                gap = false;
            }
            else
            {
                gap = true;
            }
        }

        return text.ToString();
    }
}
