using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources.People;
using ManagerFocus.Sources.Reviews;
using ManagerFocus.Time;

namespace ManagerFocus.Tests.Sources.Reviews;

/// <summary>A throw-away folder with a people file and review exports, read through the real importer.</summary>
internal sealed class ReviewScenario : IDisposable
{
    /// <summary>Maya manages Ann, Ben and Lea (who left); Carl is on another team; logins are aliases.</summary>
    public const string DefaultPeople = """
        id,name,email,manager_id,aliases,end_date
        maya,Maya,maya@acme.test,,maya-gh,
        ann,Ann,ann@acme.test,maya,ann-gh,
        ben,Ben,ben@acme.test,maya,ben-gh;benji,
        lea,Lea,lea@acme.test,maya,lea-gh,2026-02-01
        carl,Carl,carl@acme.test,,carl-gh,
        """;

    private int _files;

    public ReviewScenario(string people = DefaultPeople)
    {
        Folder = Directory.CreateTempSubdirectory("managerfocus-reviews-").FullName;
        PeoplePath = Path.Combine(Folder, "people.csv");
        File.WriteAllText(PeoplePath, people);
    }

    public string Folder { get; }

    public string PeoplePath { get; }

    public string ExportFolder => Path.Combine(Folder, "github");

    public WarningLog Warnings { get; } = new();

    public Organization Organization => field ??= OrganizationBuilder.Build(PeopleCsvReader.Read(PeoplePath, new WarningLog()), new WarningLog());

    /// <summary>Writes one export file (its text as given) and returns its path.</summary>
    public string Write(string text, string? name = null)
    {
        Directory.CreateDirectory(ExportFolder);
        var path = Path.Combine(ExportFolder, name ?? $"export-{++_files:D2}.json");
        File.WriteAllText(path, text);
        return path;
    }

    internal ReviewImportResult Import() => ReviewLinker.Link(ReviewImporter.Read([ExportFolder], Warnings), Organization, Warnings);

    public int PersonIndex(string id) => Organization.Find(id)!.Index;

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
