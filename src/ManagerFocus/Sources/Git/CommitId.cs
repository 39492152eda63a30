namespace ManagerFocus.Sources.Git;

/// <summary>A commit hash (SHA-1 or SHA-256) as four words, so a set of them costs no strings.</summary>
internal readonly record struct CommitId(ulong A, ulong B, ulong C, ulong D)
{
    /// <summary>Parses 40 or 64 lowercase or uppercase hex digits; false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<byte> hex, out CommitId id)
    {
        id = default;
        if (hex.Length is not (40 or 64))
        {
            return false;
        }

        Span<ulong> words = stackalloc ulong[4];
        for (var i = 0; i < hex.Length; i++)
        {
            var nibble = Nibble(hex[i]);
            if (nibble < 0)
            {
                return false;
            }

            words[i / 16] = (words[i / 16] << 4) | (uint)nibble;
        }

        id = new CommitId(words[0], words[1], words[2], words[3]);
        return true;
    }

    private static int Nibble(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };
}
