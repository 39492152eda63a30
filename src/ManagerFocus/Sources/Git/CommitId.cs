using System.Buffers;
using System.Buffers.Binary;

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

        // The runtime's vectorized decoder: one call per commit instead of a branch per digit (bench/scale.md).
        Span<byte> bytes = stackalloc byte[32];
        if (Convert.FromHexString(hex, bytes, out _, out var written) != OperationStatus.Done)
        {
            return false;
        }

        // Words hold the digits in order, as the big-endian value of each group of 16; SHA-1's third word has 8.
        id = new CommitId(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            written == 20 ? BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]) : BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            written == 20 ? 0 : BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
        return true;
    }
}
