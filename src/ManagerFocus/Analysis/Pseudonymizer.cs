using System.Security.Cryptography;
using System.Text;
using ManagerFocus.Metrics;
using ManagerFocus.Org;

namespace ManagerFocus.Analysis;

/// <summary>Replaces ids and names with stable pseudonyms (the same person gets the same one in every run and format).</summary>
public sealed class Pseudonymizer(string key)
{
    /// <summary>Key from MANAGERFOCUS_PSEUDONYM_KEY, so pseudonyms cannot be reversed by hashing known ids.</summary>
    public static Pseudonymizer FromEnvironment() =>
        new(Environment.GetEnvironmentVariable("MANAGERFOCUS_PSEUDONYM_KEY") ?? "managerfocus");

    public string Token(string value)
    {
        var hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(value));
        return Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }

    public Person Apply(Person person)
    {
        var token = Token(person.Id);
        return person with { Id = $"p-{token}", Name = $"Person {token}", Email = null, Aliases = [] };
    }

    public ManagerFigures Apply(ManagerFigures f) => f with
    {
        Manager = Apply(f.Manager),
        DirectReports = f.DirectReports.Select(Apply).ToList(),
        ReportsWithoutOneOnOne = f.ReportsWithoutOneOnOne?.Select(Apply).ToList(),
    };
}
