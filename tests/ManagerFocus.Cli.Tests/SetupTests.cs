namespace ManagerFocus.Cli.Tests;

/// <summary>Setting up: the demo leaves nothing behind unless asked, and the version comes from git tags (docs/definitions.md, "Demo", "Version").</summary>
public sealed class SetupTests : IDisposable
{
    private readonly TempFolder _temp = new("managerfocus-cli-setup-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_demo_leaves_no_folder_in_the_temporary_folder()
    {
        // Given a temporary folder of its own
        var tmp = Directory.CreateDirectory(Path.Combine(_temp.Path, "tmp")).FullName;

        // When the real command runs the demo
        var result = RealCommand.Run(new Dictionary<string, string> { ["TMPDIR"] = tmp + "/" }, "analyze", "--format", "json");

        // Then the report is there and the temporary folder is empty
        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stdout.ShouldContain("\"demo\": true");
        result.Stderr.ShouldContain("--keep-demo");
        Directory.EnumerateFileSystemEntries(tmp).ShouldBeEmpty();
    }

    [Fact]
    public void Keep_demo_writes_the_demo_files_to_the_folder_named_and_keeps_them()
    {
        var kept = Path.Combine(_temp.Path, "demo");

        var result = Cli.Run("analyze", "--keep-demo", kept, "--format", "json");

        result.ExitCode.ShouldBe(0, result.Stderr);
        result.Stderr.ShouldContain($"kept in {kept}");
        File.Exists(Path.Combine(kept, "people.csv")).ShouldBeTrue();
        Directory.EnumerateDirectories(Path.Combine(kept, "git")).ShouldNotBeEmpty();
    }

    [Fact]
    public void Keep_demo_beside_inputs_is_refused()
    {
        var people = _temp.Write("people.csv", "id,name,email,manager_id\na,A,a@x.com,\n");

        var result = Cli.Run("analyze", "--people", people, "--keep-demo", Path.Combine(_temp.Path, "demo"));

        result.ExitCode.ShouldBe(2);
        result.Stderr.Trim().Split('\n').Last().ShouldContain("--keep-demo");
    }

    [Fact]
    public void Version_is_the_one_git_tags_give_the_source_tree()
    {
        // Given the version the build computes from the source tree's tags
        var root = RealCommand.SourceRoot();
        var expected = MinVerVersion(root, restore: false);

        // When
        var printed = RealCommand.Run(null, "--version");

        // Then
        printed.ExitCode.ShouldBe(0);
        printed.Stdout.Trim().Split('+')[0].ShouldBe(expected);
        expected.ShouldNotBe("0.1.0");
    }

    [Fact]
    public void A_tag_on_a_fresh_shallow_clone_becomes_the_version_and_no_tag_gives_a_prerelease()
    {
        // Given a shallow clone of the source tree, untagged
        var clone = Path.Combine(_temp.Path, "clone");
        RealCommand.Tool(_temp.Path, "git", "clone", "-q", "--depth", "1", "file://" + RealCommand.SourceRoot(), clone);
        var untagged = MinVerVersion(clone, restore: true);

        // When a release tag is added
        RealCommand.Tool(clone, "git", "tag", "v9.8.7");
        var tagged = MinVerVersion(clone, restore: true);

        // Then
        untagged.ShouldStartWith("0.2.0-alpha.0");
        tagged.ShouldBe("9.8.7");
    }

    /// <summary>The version MSBuild computes for the tool in a source tree (the target the build runs); the tests' own tree is restored already.</summary>
    private static string MinVerVersion(string root, bool restore)
    {
        string[] args = ["msbuild", Path.Combine("src", "ManagerFocus.Cli", "ManagerFocus.Cli.csproj"), "-nologo", "-nodeReuse:false", "-t:MinVer", "-getProperty:MinVerVersion"];
        return RealCommand.Tool(root, "dotnet", restore ? [.. args, "-restore"] : args).Trim().Split('\n').Last().Trim();
    }
}
