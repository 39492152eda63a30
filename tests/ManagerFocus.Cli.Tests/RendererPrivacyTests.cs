using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ManagerFocus.Cli.Tests;

public sealed partial class RendererPrivacyTests : IDisposable
{
    private static readonly string[] RealNames =
    [
        "Zebulon Quartermaine", "Philippa Ravensworth", "Octavia Bellweather", "Thaddeus Moorcroft", "Imogen Fairweather",
        "Barnaby Whitlock", "Cordelia Ashdown", "Ignatius Pemberton", "Winifred Castellan", "Leopold Dunmore",
    ];

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("managerfocus-privacy-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("html")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("table")]
    public void Pseudonymized_output_holds_no_original_name_id_or_email(string format)
    {
        // Given
        var people = WritePeople();

        // When
        var result = Cli.Run("analyze", "--people", people, "--pseudonymize", "--format", format);

        // Then
        result.ExitCode.ShouldBe(0, result.Stderr);
        foreach (var secret in RealNames.SelectMany(n => n.Split(' ')).Concat(["zq-", "@corp.example"]))
        {
            result.Stdout.ShouldNotContain(secret, Case.Insensitive);
        }

        PseudonymToken().IsMatch(result.Stdout).ShouldBeTrue("pseudonyms expected in the output");
    }

    [Fact]
    public void Html_names_no_one_the_json_model_does_not_name()
    {
        // Given
        var people = WritePeople();

        // When
        var json = Cli.Run("analyze", "--people", people, "--pseudonymize", "--format", "json").Stdout;
        var html = Cli.Run("analyze", "--people", people, "--pseudonymize", "--format", "html").Stdout;

        // Then
        using var _ = JsonDocument.Parse(json);
        var inModel = PseudonymToken().Matches(json).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var inPage = PseudonymToken().Matches(html).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        inPage.ShouldNotBeEmpty();
        inPage.ShouldBeSubsetOf(inModel);
    }

    private string WritePeople()
    {
        var csv = new StringBuilder("id,name,email,manager_id,track,level\n");
        csv.Append($"zq-0,{RealNames[0]},zq0@corp.example,,management,M2\n");
        csv.Append($"zq-1,{RealNames[1]},zq1@corp.example,zq-0,hybrid,M1\n");
        for (var i = 2; i < RealNames.Length; i++)
        {
            csv.Append($"zq-{i},{RealNames[i]},zq{i}@corp.example,zq-1,ic,L4\n");
        }

        var path = Path.Combine(_folder.FullName, "people.csv");
        File.WriteAllText(path, csv.ToString());
        return path;
    }

    [GeneratedRegex("(?:p-|Person )[0-9a-f]{10}")]
    private static partial Regex PseudonymToken();
}
