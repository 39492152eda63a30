namespace ManagerFocus.Generator;

/// <summary>Stable random streams per entity: the same seed, stream and index give the same numbers in every process.</summary>
internal static class Seeds
{
    public const int People = 1;
    public const int Commits = 2;
    public const int Calendar = 3;
    public const int Reviews = 4;
    public const int Outcomes = 5;
    public const int Teams = 6;

    public static Random For(int seed, int stream, long index) =>
        new((int)(Mix(Mix((ulong)(uint)seed) ^ ((ulong)stream << 48) ^ (ulong)index) & 0x7FFF_FFFF));

    /// <summary>SplitMix64 finalizer: HashCode is randomized per process, so it cannot seed reproducible data.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E37_79B9_7F4A_7C15;
        x = (x ^ (x >> 30)) * 0xBF58_476D_1CE4_E5B9;
        x = (x ^ (x >> 27)) * 0x94D0_49BB_1331_11EB;
        return x ^ (x >> 31);
    }

    /// <summary>A git-like 40-digit hex id derived from the given parts.</summary>
    public static string Sha(params long[] parts)
    {
        var h = 0x1234_5678UL;
        Span<char> hex = stackalloc char[48];
        var written = 0;
        foreach (var part in parts)
        {
            h = Mix(h ^ (ulong)part);
        }

        while (written < 40)
        {
            h = Mix(h);
            h.TryFormat(hex[written..], out var n, "x16");
            written += n;
        }

        return new string(hex[..40]);
    }
}
