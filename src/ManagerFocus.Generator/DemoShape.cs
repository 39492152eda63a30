namespace ManagerFocus.Generator;

/// <summary>The built-in demo: a director over seven managers covering every span tier and observed role.</summary>
internal static class DemoShape
{
    private sealed record TeamSpec(Persona Persona, double Share, string Track, int Reports, int Leavers, int Joiners, int Lapsed, string Zone);

    // Reports counts those still employed at the end; leavers come on top. The last manager's only report leaves.
    private static readonly TeamSpec[] Teams =
    [
        new(Persona.CodingManager, 0.45, "hybrid", 5, 1, 0, 0, "Europe/Berlin"),
        new(Persona.Hybrid, 0.20, "management", 3, 0, 1, 0, "Europe/London"),
        new(Persona.CodingManager, 0.40, "management", 9, 1, 1, 1, "America/New_York"),
        new(Persona.Manager, 0.03, "management", 7, 0, 0, 2, "Europe/Berlin"),
        new(Persona.Hybrid, 0.18, "hybrid", 13, 1, 1, 3, "UTC"),
        new(Persona.Manager, 0.02, "management", 11, 0, 0, 1, "America/New_York"),
        new(Persona.Manager, 0.04, "management", 0, 1, 0, 0, "Europe/Berlin"),
    ];

    /// <summary>Adds the demo people and returns the index of the review-bottleneck manager.</summary>
    public static int Build(PersonFactory factory, Random random, GeneratorOptions options)
    {
        var from = options.End.AddDays(-91);
        var director = factory.Add(-1);
        director.IsManager = true;
        director.Persona = Persona.Manager;
        director.CodingShare = 0.01;
        director.DeclaredTrack = "management";
        director.Zone = Find("Europe/Berlin");
        var managers = Teams.Select(spec =>
        {
            var manager = factory.Add(director.Index);
            manager.IsManager = true;
            manager.Persona = spec.Persona;
            manager.CodingShare = spec.Share;
            manager.DeclaredTrack = spec.Track;
            manager.Zone = Find(spec.Zone);
            return manager;
        }).ToList();

        for (var t = 0; t < Teams.Length; t++)
        {
            var spec = Teams[t];
            for (var i = 0; i < spec.Reports + spec.Leavers; i++)
            {
                var report = factory.Add(managers[t].Index);
                report.Zone = managers[t].Zone;
                report.CodingShare = ScaleShape.PersonaShare(random, Persona.Ic);
                if (i < spec.Leavers)
                {
                    report.End = from.AddDays(20 + 15 * t % 40);
                }
                else if (i < spec.Leavers + spec.Joiners)
                {
                    report.Start = from.AddDays(10 + 7 * t % 30);
                }
                else if (i < spec.Leavers + spec.Joiners + spec.Lapsed)
                {
                    report.OneOnOnesLapse = true;
                }
            }
        }

        return managers[5].Index;
    }

    private static Zone Find(string id) => Zone.All.First(z => z.Id == id);
}
