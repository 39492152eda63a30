using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Calendar;
using ManagerFocus.Time.Calendar;

namespace ManagerFocus.Tests.Sources.Calendar;

public sealed class CalendarFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("managerfocus-calendar-files-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Owners_are_found_by_id_or_by_email_in_any_case_and_other_files_are_warnings()
    {
        // Given files named by id, by an upper-cased email, after nobody, and a non-.ics file, in nested folders
        Directory.CreateDirectory(Path.Combine(_folder, "team"));
        foreach (var name in new[] { "ann.ics", "team/BOB@ACME.IO.ics", "ghost.ics", "notes.txt" })
        {
            File.WriteAllText(Path.Combine(_folder, name), "");
        }

        var warnings = new WarningLog();

        // When the folder is listed
        var files = CalendarOwners.Owned(CalendarFiles.List([_folder], warnings), f => f, CalendarTestKit.Org(), warnings);

        // Then ann and bob own theirs; the stranger's file is a warning naming it; the .txt is not a calendar
        files.Select(f => (Path.GetFileName(f.File), f.Owner)).ShouldBe([("ann.ics", 1), ("BOB@ACME.IO.ics", 2)], ignoreOrder: true);
        warnings.Kept.ShouldHaveSingleItem().Location.ShouldEndWith("ghost.ics");
    }

    [Fact]
    public void A_missing_path_is_a_user_error_naming_it()
    {
        var error = Should.Throw<UserError>(() => CalendarFiles.List([Path.Combine(_folder, "nope")], new WarningLog()));

        error.Message.ShouldContain("nope");
    }

    [Fact]
    public void An_empty_folder_is_a_warning()
    {
        var warnings = new WarningLog();

        CalendarOwners.Owned(CalendarFiles.List([_folder], warnings), f => f, CalendarTestKit.Org(), warnings).ShouldBeEmpty();

        warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("no .ics");
    }
}
