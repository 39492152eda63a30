using System.Security.Cryptography;
using System.Text;
using ManagerFocus.Metrics;
using ManagerFocus.Org;

namespace ManagerFocus.Analysis;

/// <summary>Replaces ids and names with stable pseudonyms (the same person gets the same one in every run and format).</summary>
public sealed class Pseudonymizer(string key, bool stable = true)
{
    public const string KeyVariable = "MANAGERFOCUS_PSEUDONYM_KEY";

    /// <summary>The note every pseudonymized output carries when no key was set.</summary>
    public const string UnstableNote =
        $"pseudonyms are not stable: {KeyVariable} is not set, so this run used a random key and the same person gets another pseudonym next run";

    // One random key per process: the same person gets the same pseudonym in every part of one run, and in no other run.
    private static readonly Lazy<Pseudonymizer> RandomForRun = new(() => new Pseudonymizer(Convert.ToHexString(RandomNumberGenerator.GetBytes(32)), stable: false));

    /// <summary>
    /// Key from MANAGERFOCUS_PSEUDONYM_KEY, so pseudonyms cannot be reversed by hashing known ids; without it a random key
    /// for this run (docs/definitions.md, "Privacy and pseudonymization"), so a public default key can never be used to reverse them.
    /// </summary>
    public static Pseudonymizer FromEnvironment() =>
        Environment.GetEnvironmentVariable(KeyVariable) is { Length: > 0 } key ? new(key) : RandomForRun.Value;

    /// <summary>False when the key is random for this run, so the same person gets another pseudonym next run.</summary>
    public bool IsStable => stable;

    /// <summary>A person's id as it appears in pseudonymized output.</summary>
    public string Id(string id) => $"p-{Token(id)}";

    /// <summary>An input file's path as it appears in pseudonymized output: calendar files are named after people.</summary>
    public string File(string path) => $"file-{Token(Path.GetFullPath(path))}";

    /// <summary>Free text with every given id replaced by its pseudonym (longest first, so no id hides inside another).</summary>
    public string Replace(string text, IEnumerable<string> ids)
    {
        foreach (var id in ids.Where(i => i.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(i => i.Length))
        {
            text = text.Replace(id, Id(id), StringComparison.Ordinal);
        }

        return text;
    }

    public string Token(string value)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }

    public Person Apply(Person person)
    {
        var token = Token(person.Id);
        return person with { Id = Id(person.Id), Name = $"Person {token}", Email = null, Aliases = [] };
    }

    public ManagerFigures Apply(ManagerFigures f) => f with
    {
        Manager = Apply(f.Manager),
        DirectReports = f.DirectReports.Select(Apply).ToList(),
        ReportsWithoutOneOnOne = f.ReportsWithoutOneOnOne?.Select(Apply).ToList(),
    };
}
