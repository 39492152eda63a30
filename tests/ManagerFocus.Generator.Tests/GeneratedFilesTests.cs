using System.Text;
using System.Text.Json;

namespace ManagerFocus.Generator.Tests;

public sealed class GeneratedFilesTests(DemoFixture demo) : IClassFixture<DemoFixture>
{
    [Fact]
    public void Every_calendar_has_balanced_components_and_folded_lines_of_at_most_75_octets()
    {
        foreach (var path in demo.Calendars)
        {
            var text = File.ReadAllText(path, Encoding.UTF8);
            text.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain('\n', customMessage: path);
            var open = new Stack<string>();
            foreach (var line in text.Split("\r\n")[..^1])
            {
                Encoding.UTF8.GetByteCount(line).ShouldBeLessThanOrEqualTo(75, path);
                if (line.StartsWith("BEGIN:", StringComparison.Ordinal))
                {
                    open.Push(line[6..]);
                }
                else if (line.StartsWith("END:", StringComparison.Ordinal))
                {
                    open.Pop().ShouldBe(line[4..], path);
                }
            }

            open.ShouldBeEmpty(path);
        }
    }

    [Theory]
    [InlineData("RRULE:FREQ=WEEKLY;UNTIL=")]
    [InlineData(";COUNT=")]
    [InlineData(";INTERVAL=2;")]
    [InlineData("EXDATE;TZID=")]
    [InlineData("RECURRENCE-ID")]
    [InlineData("CUTYPE=ROOM")]
    [InlineData("CUTYPE=GROUP")]
    [InlineData("PARTSTAT=DECLINED")]
    [InlineData("TRANSP:TRANSPARENT")]
    [InlineData("DTSTART;VALUE=DATE:")]
    [InlineData("STATUS:CANCELLED")]
    [InlineData("BEGIN:VTIMEZONE")]
    [InlineData("TZID:W. Europe Standard Time")]
    [InlineData("FREQ=MONTHLY;BYDAY=1TH")]
    [InlineData("BEGIN:VALARM")]
    public void Calendars_hold_every_shape_real_exports_have(string fragment)
    {
        var unfolded = demo.Calendars.Select(p => File.ReadAllText(p).Replace("\r\n ", "", StringComparison.Ordinal));

        unfolded.ShouldContain(text => text.Contains(fragment, StringComparison.Ordinal));
    }

    [Fact]
    public void Some_calendars_are_named_by_email_and_some_events_use_floating_times()
    {
        demo.Calendars.ShouldContain(p => Path.GetFileName(p).Contains('@', StringComparison.Ordinal));
        demo.Calendars.ShouldContain(p => File.ReadLines(p).Any(l => l.StartsWith("DTSTART:", StringComparison.Ordinal) && !l.EndsWith('Z')));
    }

    [Fact]
    public void Every_review_file_is_a_sequence_of_arrays_of_api_objects()
    {
        foreach (var path in demo.ReviewFiles)
        {
            var arrays = Arrays(path);
            arrays.ShouldNotBeEmpty(path);
            foreach (var item in arrays.SelectMany(a => a.EnumerateArray()))
            {
                var user = item.GetProperty("user");
                if (user.ValueKind != JsonValueKind.Null || path.EndsWith("-pulls.json", StringComparison.Ordinal))
                {
                    user.GetProperty("login").GetString().ShouldNotBeNullOrEmpty();
                }

                if (path.EndsWith("-pulls.json", StringComparison.Ordinal))
                {
                    item.GetProperty("number").GetInt32().ShouldBeGreaterThan(0);
                    item.GetProperty("url").GetString().ShouldStartWith("https://api.github.com/repos/acme/");
                    item.GetProperty("base").GetProperty("repo").GetProperty("full_name").GetString().ShouldStartWith("acme/");
                    DateTimeOffset.Parse(item.GetProperty("created_at").GetString()!).ShouldBeLessThan(new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero));
                }
                else
                {
                    item.GetProperty("pull_request_url").GetString().ShouldStartWith("https://api.github.com/repos/acme/");
                    item.TryGetProperty("submitted_at", out _).ShouldBe(item.GetProperty("state").GetString() != "PENDING");
                }
            }

            if (path.EndsWith("-pulls.json", StringComparison.Ordinal))
            {
                arrays.ShouldAllBe(a => a.GetArrayLength() <= 100);
            }
        }
    }

    [Theory]
    [InlineData("PENDING")]
    [InlineData("DISMISSED")]
    [InlineData("CHANGES_REQUESTED")]
    [InlineData("COMMENTED")]
    [InlineData("APPROVED")]
    public void Reviews_have_every_state(string state)
    {
        var reviews = demo.ReviewFiles.Where(p => p.EndsWith("-reviews.json", StringComparison.Ordinal)).SelectMany(Arrays).SelectMany(a => a.EnumerateArray());

        reviews.ShouldContain(r => r.GetProperty("state").GetString() == state);
    }

    [Fact]
    public void Reviews_include_self_reviews_logins_nobody_has_and_deleted_users()
    {
        var people = File.ReadAllText(demo.Inputs.PeoplePath);
        var pulls = demo.ReviewFiles.Where(p => p.EndsWith("-pulls.json", StringComparison.Ordinal)).SelectMany(Arrays).SelectMany(a => a.EnumerateArray())
            .ToDictionary(p => p.GetProperty("url").GetString()!, p => p.GetProperty("user").GetProperty("login").GetString());
        var reviews = demo.ReviewFiles.Where(p => p.EndsWith("-reviews.json", StringComparison.Ordinal)).SelectMany(Arrays).SelectMany(a => a.EnumerateArray()).ToList();

        reviews.ShouldContain(r => r.GetProperty("user").ValueKind == JsonValueKind.Object
            && pulls[r.GetProperty("pull_request_url").GetString()!] == r.GetProperty("user").GetProperty("login").GetString());
        reviews.ShouldContain(r => r.GetProperty("user").ValueKind == JsonValueKind.Object
            && !people.Contains(r.GetProperty("user").GetProperty("login").GetString()!, StringComparison.OrdinalIgnoreCase));
        reviews.ShouldContain(r => r.GetProperty("user").ValueKind == JsonValueKind.Null);
    }

    private static List<JsonElement> Arrays(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowMultipleValues = true });
        var arrays = new List<JsonElement>();
        while (reader.Read())
        {
            reader.TokenType.ShouldBe(JsonTokenType.StartArray, path);
            arrays.Add(JsonElement.ParseValue(ref reader));
        }

        return arrays;
    }
}
