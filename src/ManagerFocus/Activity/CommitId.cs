using System.Buffers;
using System.Buffers.Binary;

namespace ManagerFocus.Activity;

/// <summary>A commit hash (SHA-1 or SHA-256) as four words, so a set of them costs no strings.</summary>
public readonly record struct CommitId(ulong A, ulong B, ulong C, ulong D)
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

    /// <summary>True for a SHA-1 hash (20 bytes); false for SHA-256 (32 bytes).</summary>
    public bool IsSha1 => D == 0 && C <= uint.MaxValue;

    /// <summary>The hash's bytes (20 for SHA-1, 32 for SHA-256), as a store keeps it.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[IsSha1 ? 20 : 32];
        BinaryPrimitives.WriteUInt64BigEndian(bytes, A);
        BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(8), B);
        if (IsSha1)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(16), (uint)C);
        }
        else
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(16), C);
            BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(24), D);
        }

        return bytes;
    }

    /// <summary>The hash from the bytes <see cref="ToBytes"/> wrote.</summary>
    public static CommitId FromBytes(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        20 => new CommitId(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]),
            0),
        32 => new CommitId(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..])),
        _ => throw new ArgumentException("a commit hash has 20 or 32 bytes", nameof(bytes)),
    };

    /// <summary>Lower-case hex digits, as git prints the hash.</summary>
    public string ToHex() => Convert.ToHexStringLower(ToBytes());

    public override string ToString() => ToHex();
}
