using System.Text;

namespace ManagerFocus.Generator;

/// <summary>Writes people.csv with every column the people file has (README.md, "People"), as a spreadsheet export would (BOM, CRLF).</summary>
internal static class PeopleCsvWriter
{
    public static void Write(OrgPlan plan, string path)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16);
        writer.NewLine = "\r\n";
        writer.WriteLine("id,name,email,manager_id,title,team,level,track,aliases,start_date,end_date,timezone");
        foreach (var p in plan.People)
        {
            var aliases = new List<string>();
            if (p.LoginKnown)
            {
                aliases.Add(p.Login);
            }

            if (p.Alt == AltIdentity.SecondEmail && p.AltEmail is not null)
            {
                aliases.Add(p.AltEmail);
            }

            if (p.GitName is not null)
            {
                aliases.Add(p.GitName);
            }

            string[] fields =
            [
                p.Id, p.Name, p.Email, p.Manager < 0 ? "" : plan.People[p.Manager].Id, p.Title, p.Team, p.Level,
                p.DeclaredTrack ?? "", string.Join(';', aliases), $"{p.Start:yyyy-MM-dd}", p.End is { } end ? $"{end:yyyy-MM-dd}" : "",
                p.Zone.IsUtc && p.Index % 2 == 0 ? "" : p.Zone.Id,
            ];
            writer.WriteLine(string.Join(',', fields.Select(Quote)));
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
