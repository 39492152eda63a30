using ManagerFocus.Activity;
using ManagerFocus.Diagnostics;
using ManagerFocus.Sources.Outcomes;

namespace ManagerFocus.Tests.Sources.Outcomes;

public sealed class OutcomeCsvTests : IDisposable
{
    private readonly TempFolder _folder = new("mf-outcomes-");

    public void Dispose() => _folder.Dispose();

    private string Write(string name, string text) => _folder.Write(name, text);

    [Fact]
    public void Survey_rows_are_read_and_bad_rows_warned_with_their_line()
    {
        var warnings = new WarningLog();
        var path = Write("survey.csv", "person_id,date,score\na,2026-01-10,4\nb,2026-01-11,9\nzz,2026-01-12,3\nb,yesterday,3\nb,2026-01-13,2\n");

        var answers = OutcomeCsv.ReadSurvey(path, warnings);

        // Person ids are resolved by the analysis, so an unknown one (zz) is kept here as written.
        answers.Rows.ShouldBe([
            new SurveyRecord(2, "a", new DateOnly(2026, 1, 10), 4), new SurveyRecord(4, "zz", new DateOnly(2026, 1, 12), 3),
            new SurveyRecord(6, "b", new DateOnly(2026, 1, 13), 2)]);
        warnings.Kept.Select(w => w.Location).ShouldBe([$"{path}:3", $"{path}:5"]);
    }

    [Fact]
    public void Exits_read_voluntary_as_true_or_false()
    {
        var warnings = new WarningLog();
        var path = Write("exits.csv", "person_id,date,voluntary\na,2026-02-01,true\nb,2026-02-02,FALSE\nb,2026-02-03,maybe\n");

        var exits = OutcomeCsv.ReadExits(path, warnings);

        exits.Rows.ShouldBe([new ExitRecord(2, "a", new DateOnly(2026, 2, 1), true), new ExitRecord(3, "b", new DateOnly(2026, 2, 2), false)]);
        warnings.Count.ShouldBe(1);
    }

    [Fact]
    public void A_missing_column_or_file_is_a_user_error()
    {
        Should.Throw<UserError>(() => OutcomeCsv.ReadSurvey(Write("s.csv", "person_id,score\na,3\n"), new WarningLog()))
            .Message.ShouldContain("'date'");
        Should.Throw<UserError>(() => OutcomeCsv.ReadExits(Path.Combine(_folder.Path, "none.csv"), new WarningLog()));
    }
}
