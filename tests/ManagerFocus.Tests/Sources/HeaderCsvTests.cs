using System.Diagnostics;
using System.Text;
using CsCheck;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources;
using ManagerFocus.Sources.Outcomes;
using ManagerFocus.Sources.People;

namespace ManagerFocus.Tests.Sources;

/// <summary>How a header-driven CSV input is opened and read (docs/definitions.md, "Inputs" and "Bounds").</summary>
public sealed class HeaderCsvTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static Organization Build(string path, WarningLog warnings) =>
        OrganizationBuilder.Build(PeopleCsvReader.Read(path, warnings), warnings);

    [Fact]
    public void Hr_export_headers_are_read_as_their_fields()
    {
        var path = _folder.Write("hr.csv",
            "Employee ID,Full Name,Work Email,Manager ID,Job Title,Department,Hire Date,Time Zone\n"
            + "E1,Ana Boss,ana@x.io,,VP,Eng,2020-01-06,Europe/Paris\n"
            + "E2,Bo Dev,bo@x.io,E1,Engineer,Eng,2021-03-01,\n");
        var warnings = new WarningLog();

        var org = Build(path, warnings);

        warnings.Count.ShouldBe(0);
        var bo = org.Find("E2")!;
        (bo.Name, bo.Email, bo.ManagerId, bo.Title, bo.Team, bo.StartDate).ShouldBe(("Bo Dev", "bo@x.io", "E1", "Engineer", "Eng", new DateOnly(2021, 3, 1)));
        org.Find("E1")!.TimeZone.ShouldBe("Europe/Paris");
    }

    [Theory]
    [InlineData("Manager Email")]
    [InlineData("manager_email")]
    [InlineData("Supervisor Email")]
    [InlineData("MANAGER-EMAIL")]
    public void A_manager_given_by_email_in_any_spelling_of_the_header_is_resolved_to_that_person(string header)
    {
        var path = _folder.Write("people.csv", $"id,name,email,{header}\na,Ana,Ana@X.io,\nb,Bo,bo@x.io,ana@x.io\n");

        var org = Build(path, new WarningLog());

        org.Find("b")!.ManagerId.ShouldBe("a");
        org.ReportsOf(org.Find("a")!).Select(p => p.Id).ShouldBe(["b"]);
    }

    [Fact]
    public void A_manager_email_that_names_nobody_or_two_people_is_a_warning_and_the_row_a_root()
    {
        var path = _folder.Write("people.csv",
            "id,name,email,manager_email\na,Ana,ana@x.io,\nt1,Twin,same@x.io,\nt2,Twin,same@x.io,\nb,Bo,bo@x.io,nobody@x.io\nc,Cy,cy@x.io,same@x.io\n");
        var warnings = new WarningLog();

        var org = Build(path, warnings);

        org.Find("b")!.ManagerId.ShouldBeNull();
        org.Find("c")!.ManagerId.ShouldBeNull();
        warnings.Kept.Single(w => w.Location == $"{path}:5").Message.ShouldContain("nobody's email");
        warnings.Kept.Single(w => w.Location == $"{path}:6").Message.ShouldContain("two people");
    }

    [Fact]
    public void Manager_id_wins_over_a_manager_email_that_disagrees_with_a_warning()
    {
        var path = _folder.Write("people.csv", "id,name,email,manager_id,manager_email\na,Ana,ana@x.io,,\nz,Zed,zed@x.io,,\nb,Bo,bo@x.io,a,zed@x.io\n");
        var warnings = new WarningLog();

        Build(path, warnings).Find("b")!.ManagerId.ShouldBe("a");
        warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("manager_id is used");
    }

    [Fact]
    public void First_and_last_name_columns_make_the_name_when_there_is_no_name_column()
    {
        var path = _folder.Write("people.csv", "Employee ID,First Name,Last Name\na,Ada,Lovelace\nb,,Hopper\n");

        var org = Build(path, new WarningLog());

        org.Find("a")!.Name.ShouldBe("Ada Lovelace");
        org.Find("b")!.Name.ShouldBe("Hopper");
    }

    [Theory]
    [InlineData("id,name,email,Email\n", "columns 3 ('email') and 4 ('Email') both give email")]
    [InlineData("id,Employee ID,name\n", "columns 1 ('id') and 2 ('Employee ID') both give id")]
    [InlineData("id,name,Work Email,E-mail\n", "both give email")]
    public void Two_columns_that_give_one_field_are_an_error_naming_both(string header, string expected)
    {
        var path = _folder.Write("people.csv", header + "a,Ana,x,y\n");

        var error = Should.Throw<UserError>(() => PeopleCsvReader.Read(path, new WarningLog()));

        error.Message.ShouldContain($"{path}:1");
        error.Message.ShouldContain(expected);
    }

    [Fact]
    public void Unknown_columns_given_twice_are_warned_about_once_and_never_an_error()
    {
        var path = _folder.Write("people.csv", "id,name,note,Note\na,Ana,x,y\n");
        var warnings = new WarningLog();

        PeopleCsvReader.Read(path, warnings).Rows.Count.ShouldBe(1);
        warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("'note'");
    }

    [Fact]
    public void A_row_with_a_quoted_line_break_is_cited_at_its_first_line()
    {
        var path = _folder.Write("people.csv", "id,name,start_date\na,\"Ana\nBoss\",2020-01-01\nb,\"Bo\r\n\r\nDev\",someday\nc,Cy,never\n");
        var warnings = new WarningLog();

        var rows = PeopleCsvReader.Read(path, warnings).Rows;

        rows.Select(r => r.Line).ShouldBe([2, 4, 7]);
        warnings.Kept.Select(w => w.Location).ShouldBe([$"{path}:4", $"{path}:7"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_without_a_byte_order_mark_is_read(bool bigEndian)
    {
        var text = "id,name,manager_id\na,Zoë,\nb,José,a\n";
        var path = WriteBytes("people.csv", new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(text));

        var org = Build(path, new WarningLog());

        org.Find("a")!.Name.ShouldBe("Zoë");
        org.Find("b")!.Name.ShouldBe("José");
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    public void A_byte_order_mark_names_the_encoding(string encoding)
    {
        var path = WriteBytes("people.csv", [.. Encoding.GetEncoding(encoding).GetPreamble(), .. Encoding.GetEncoding(encoding).GetBytes("id,name\na,Zoë\n")]);

        PeopleCsvReader.Read(path, new WarningLog()).Rows.ShouldHaveSingleItem().Name.ShouldBe("Zoë");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_read_as_windows_1252_with_one_warning_naming_the_file()
    {
        // "Zoë" and "José" in Latin-1, a curly quote (0x92) in Windows-1252.
        var bytes = Encoding.Latin1.GetBytes("id,name\na,Zoë\nb,José\nc,O\u0092Brien\n");
        var path = WriteBytes("people.csv", bytes);
        var warnings = new WarningLog();

        var rows = PeopleCsvReader.Read(path, warnings).Rows;

        rows.Select(r => r.Name).ShouldBe(["Zoë", "José", "O\u2019Brien"]);
        var warning = warnings.Kept.ShouldHaveSingleItem();
        warning.Location.ShouldBe(path);
        warning.Message.ShouldContain("not UTF-8");
    }

    [Fact]
    public void Valid_utf8_gives_no_encoding_warning()
    {
        var path = _folder.Write("people.csv", "id,name\na,Zoë Ærø 山田\n");
        var warnings = new WarningLog();

        PeopleCsvReader.Read(path, warnings).Rows.ShouldHaveSingleItem().Name.ShouldBe("Zoë Ærø 山田");
        warnings.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("person_id;date;score\np1;2026-01-05;4\n", "separated by ';'")]
    [InlineData("person_id\tdate\tscore\np1\t2026-01-05\t4\n", "separated by tabs")]
    [InlineData("person_id|date|score\np1|2026-01-05|4\n", "separated by '|'")]
    public void A_survey_in_another_separator_gets_a_separator_hint_not_column_missing(string text, string expected)
    {
        var path = _folder.Write("survey.csv", text);

        Should.Throw<UserError>(() => OutcomeCsv.ReadSurvey(path, new WarningLog())).Message.ShouldContain(expected);
    }

    [Fact]
    public void A_header_that_is_not_text_gets_an_encoding_hint()
    {
        // UTF-32 has zero bytes both sides of each letter: neither UTF-8 nor UTF-16.
        var path = WriteBytes("survey.csv", new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes("person_id,date,score\n"));

        Should.Throw<UserError>(() => OutcomeCsv.ReadSurvey(path, new WarningLog())).Message.ShouldContain("encoding");
    }

    [Fact]
    public void Survey_and_exit_headers_from_common_exports_are_read()
    {
        var survey = _folder.Write("survey.csv", "Employee ID,Response Date,Rating\np1,2026-01-05,4\n");
        var exits = _folder.Write("exits.csv", "Employee ID,Termination Date,Exit Type\np1,2026-01-05,Voluntary\np2,2026-02-05,Involuntary\n");

        OutcomeCsv.ReadSurvey(survey, new WarningLog()).Rows.ShouldHaveSingleItem().Score.ShouldBe(4);
        OutcomeCsv.ReadExits(exits, new WarningLog()).Rows.Select(e => e.Voluntary).ShouldBe([true, false]);
    }

    [Theory]
    [InlineData("zeros")]
    [InlineData("commas")]
    [InlineData("open quote")]
    public void A_line_or_field_past_the_bound_is_one_error_not_all_memory(string shape)
    {
        var size = HeaderCsv.MaxLineChars + 10;
        var path = shape switch
        {
            "zeros" => WriteBytes("people.csv", new byte[size]),
            "commas" => _folder.Write("people.csv", "id,name\n" + new string(',', size)),
            _ => _folder.Write("people.csv", "id,name\na,\"Ana\n" + string.Concat(Enumerable.Repeat("x,y\n", size / 4 + 1))),
        };
        var before = GC.GetAllocatedBytesForCurrentThread();

        var error = Should.Throw<UserError>(() => PeopleCsvReader.Read(path, new WarningLog()));

        error.Message.ShouldContain("longer than");
        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBeLessThan(200L << 20);
    }

    [Fact]
    public void A_device_is_refused_without_reading_it()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "/dev/zero is a Linux device");

        Should.Throw<UserError>(() => PeopleCsvReader.Read("/dev/zero", new WarningLog())).Message.ShouldContain("not a regular file");
        Should.Throw<UserError>(() => OutcomeCsv.ReadSurvey("/dev/zero", new WarningLog())).Message.ShouldContain("not a regular file");
    }

    [Fact]
    public void Any_bytes_in_any_csv_input_are_read_or_refused_with_one_user_error_in_bounded_time_and_memory()
    {
        // Valid files in every encoding, then damaged byte by byte: quotes, NULs, lone CRs, bytes that are not UTF-8.
        string[] texts =
        [
            "Employee ID,Full Name,Work Email,Manager Email\nE1,Zoë,z@x.io,\nE2,\"Bo\nDev\",b@x.io,z@x.io\n",
            "person_id,date,score\np1,2026-01-05,4\np2,2026-01-06,5\n",
        ];
        Encoding[] encodings = [new UTF8Encoding(true), new UTF8Encoding(false), Encoding.Latin1, new UnicodeEncoding(false, false), new UnicodeEncoding(true, true)];
        var file = Gen.Select(Gen.Int[0, texts.Length - 1], Gen.Int[0, encodings.Length - 1], (t, e) => encodings[e].GetBytes(texts[t]))
            .SelectMany(bytes => Gen.Select(Gen.Int[0, bytes.Length], Gen.OneOfConst<byte>(0x00, 0x0D, 0x22, 0x2C, 0x3B, 0x80, 0xC3, 0xE9, 0xFE, 0xFF)).Array[0, 12]
                .Select(edits =>
                {
                    var damaged = bytes.ToList();
                    foreach (var (at, b) in edits)
                    {
                        damaged.Insert(Math.Min(at, damaged.Count), b);
                    }

                    return damaged.ToArray();
                }));
        var path = Path.Combine(_folder.Path, "input.csv");
        var clock = Stopwatch.StartNew();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var files = 0;
        file.Sample(bytes =>
        {
            File.WriteAllBytes(path, bytes);
            files++;
            foreach (var read in new Action[]
            {
                () => OrganizationBuilder.Build(PeopleCsvReader.Read(path, new WarningLog()), new WarningLog()),
                () => OutcomeCsv.ReadSurvey(path, new WarningLog()),
                () => OutcomeCsv.ReadExits(path, new WarningLog()),
            })
            {
                try
                {
                    read();
                }
                catch (UserError e)
                {
                    e.Message.ShouldStartWith(path);
                }
            }
        }, iter: 300);

        // 300 files of a few hundred bytes, each read three ways: well under a few seconds and a few hundred MB.
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(60));
        (GC.GetAllocatedBytesForCurrentThread() - allocated).ShouldBeLessThan(2L << 30);
        files.ShouldBeGreaterThan(0);
    }
}
