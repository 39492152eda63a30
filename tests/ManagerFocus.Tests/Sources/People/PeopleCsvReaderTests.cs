using CsCheck;
using ManagerFocus.Diagnostics;
using ManagerFocus.Org;
using ManagerFocus.Sources.People;

namespace ManagerFocus.Tests.Sources.People;

public sealed class PeopleCsvReaderTests
{
    private static Organization Read(string csv, WarningLog? warnings = null)
    {
        warnings ??= new WarningLog();
        return OrganizationBuilder.Build(PeopleCsvReader.Read(new StringReader(csv), "people.csv", warnings), warnings);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case()
    {
        var org = Read("Name,MANAGER_ID,Id,Email\nAda,,a,ada@x.io\nBen,a,b,ben@x.io\n");

        org.People.Count.ShouldBe(2);
        org.Find("b")!.ManagerId.ShouldBe("a");
        org.Find("a")!.Email.ShouldBe("ada@x.io");
    }

    [Fact]
    public void Quoted_fields_bom_and_crlf_are_read()
    {
        var org = Read("\uFEFFid,name,title\r\na,\"Lovelace, Ada\",\"Head of \"\"Eng\"\"\"\r\n");

        org.Find("a")!.Name.ShouldBe("Lovelace, Ada");
        org.Find("a")!.Title.ShouldBe("Head of \"Eng\"");
    }

    [Fact]
    public void Missing_id_column_is_a_user_error_naming_the_column()
    {
        var error = Should.Throw<UserError>(() => Read("name,email\nAda,a@x.io\n"));

        error.Message.ShouldContain("people.csv:1");
        error.Message.ShouldContain("'id'");
    }

    [Fact]
    public void Missing_name_column_is_a_user_error()
    {
        Should.Throw<UserError>(() => Read("id,email\na,a@x.io\n")).Message.ShouldContain("'name'");
    }

    [Fact]
    public void Semicolon_separated_file_is_explained()
    {
        Should.Throw<UserError>(() => Read("id;name\na;Ada\n")).Message.ShouldContain("separated by ';'");
    }

    [Fact]
    public void Duplicate_id_names_both_lines()
    {
        var error = Should.Throw<UserError>(() => Read("id,name\na,Ada\nb,Ben\na,Again\n"));

        error.Message.ShouldContain("people.csv:4");
        error.Message.ShouldContain("first on line 2");
    }

    [Theory]
    [InlineData("id,name,manager_id\na,Ada,a\n", "a -> a")]
    [InlineData("id,name,manager_id\na,Ada,b\nb,Ben,a\n", "a -> b -> a")]
    [InlineData("id,name,manager_id\nr,Root,\na,Ada,c\nb,Ben,a\nc,Cy,b\n", "a -> c -> b -> a")]
    public void Reporting_cycles_of_any_length_are_rejected(string csv, string cycle)
    {
        var error = Should.Throw<UserError>(() => Read(csv));

        error.Message.ShouldContain("reporting cycle");
        error.Message.ShouldContain(cycle);
    }

    [Fact]
    public void Manager_id_naming_nobody_is_a_warning_and_the_person_becomes_a_root()
    {
        var warnings = new WarningLog();
        var org = Read("id,name,manager_id\na,Ada,zz\n", warnings);

        org.Find("a")!.ManagerId.ShouldBeNull();
        warnings.Kept.ShouldHaveSingleItem().Location.ShouldBe("people.csv:2");
        warnings.Kept[0].Message.ShouldContain("'zz'");
    }

    [Fact]
    public void Alias_claimed_by_two_people_resolves_to_neither_and_warns()
    {
        var warnings = new WarningLog();
        var org = Read("id,name,email,aliases\na,Ada,ada@x.io,shared;adal\nb,Ben,ben@x.io,SHARED\n", warnings);

        org.Identities.Resolve("shared").ShouldBe(-1);
        org.Identities.Resolve("ADAL").ShouldBe(0);
        org.Identities.Resolve("Ben@X.io").ShouldBe(1);
        warnings.Kept.ShouldHaveSingleItem().Message.ShouldContain("'SHARED'", Case.Insensitive);
    }

    [Fact]
    public void Unparsable_dates_and_unknown_tracks_are_warnings_and_the_row_is_kept()
    {
        var warnings = new WarningLog();
        var org = Read("id,name,start_date,end_date,track\na,Ada,01/02/2024,2025-13-01,boss\n", warnings);

        var ada = org.Find("a")!;
        ada.StartDate.ShouldBeNull();
        ada.EndDate.ShouldBeNull();
        ada.DeclaredTrack.ShouldBeNull();
        warnings.Count.ShouldBe(3);
        warnings.Kept.ShouldAllBe(w => w.Location == "people.csv:2");
    }

    [Fact]
    public void Rows_without_id_or_name_are_skipped_with_a_warning()
    {
        var warnings = new WarningLog();
        var org = Read("id,name\n,Nobody\nb,\nc,Cy\n", warnings);

        org.People.Select(p => p.Id).ShouldBe(["c"]);
        warnings.Count.ShouldBe(2);
    }

    [Fact]
    public void Tracks_aliases_dates_and_timezone_are_read()
    {
        var org = Read("id,name,track,aliases,start_date,end_date,timezone\na,Ada,Management, ada-gh ; Ada L ,2024-01-02,2026-03-01,America/New_York\n");

        var ada = org.Find("a")!;
        ada.DeclaredTrack.ShouldBe(Track.Management);
        ada.Aliases.ShouldBe(["ada-gh", "Ada L"]);
        ada.StartDate.ShouldBe(new DateOnly(2024, 1, 2));
        ada.EndDate.ShouldBe(new DateOnly(2026, 3, 1));
        ada.TimeZone.ShouldBe("America/New_York");
        org.Identities.Resolve("ada l").ShouldBe(0);
    }

    [Fact]
    public void Unknown_timezone_is_a_warning_and_utc_is_used()
    {
        var warnings = new WarningLog();
        var org = Read("id,name,timezone\na,Ada,Mars/Olympus\n", warnings);

        org.Find("a")!.TimeZone.ShouldBeNull();
        warnings.Count.ShouldBe(1);
    }

    [Fact]
    public void Missing_file_is_a_user_error()
    {
        Should.Throw<UserError>(() => PeopleCsvReader.Read("/no/such/people.csv", new WarningLog()))
            .Message.ShouldContain("/no/such/people.csv");
    }

    [Fact]
    public void Any_damaged_people_file_is_read_or_rejected_with_a_user_error_never_a_crash()
    {
        const string Valid = "id,name,email,manager_id,aliases,start_date,end_date,track,timezone\n"
            + "d,Dana,d@x.io,,dd,2024-01-01,,management,Europe/Berlin\nm,Max,m@x.io,d,mm;x,2025-02-30,,hybrid,\na,Ann,a@x.io,m,,,2026-01-01,ic,\n";
        var damage = Gen.Select(Gen.Int[0, Valid.Length], Gen.Int[0, 12], Gen.Char["\",\n\r;\uFEFF\0xyz-"]);
        damage.Array[0, 8].Sample(edits =>
        {
            var text = Valid;
            foreach (var (at, cut, c) in edits)
            {
                var start = Math.Min(at, text.Length);
                text = text[..start] + c + text[Math.Min(text.Length, start + cut)..];
            }

            try
            {
                Read(text);
            }
            catch (UserError)
            {
                // Rejecting a file whose header or ids are broken is an answer too.
            }
        });
    }
}
