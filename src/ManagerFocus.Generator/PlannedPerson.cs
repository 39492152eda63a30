namespace ManagerFocus.Generator;

/// <summary>One generated person and everything the writers need to know about them.</summary>
internal sealed record PlannedPerson
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public required string Login { get; init; }
    public required int GithubId { get; init; }

    /// <summary>Index of the manager, -1 for the root.</summary>
    public int Manager { get; set; } = -1;
    public Persona Persona { get; set; }
    public string? DeclaredTrack { get; set; }
    public string Title { get; set; } = "Software Engineer";
    public string Team { get; set; } = "";
    public string Level { get; set; } = "L3";
    public Zone Zone { get; set; } = Zone.Utc;
    public DateOnly Start { get; set; }

    /// <summary>First day no longer employed.</summary>
    public DateOnly? End { get; set; }
    public bool Voluntary { get; set; } = true;

    /// <summary>Share of working hours spent coding.</summary>
    public double CodingShare { get; set; }
    public AltIdentity Alt { get; set; }
    public string? AltEmail { get; set; }
    public string? GitName { get; set; }

    /// <summary>False for the few people whose GitHub login the people file does not know.</summary>
    public bool LoginKnown { get; set; } = true;
    public int Repo { get; set; }

    /// <summary>This person's one-on-ones with their manager stopped before the last 28 days.</summary>
    public bool OneOnOnesLapse { get; set; }

    /// <summary>Exports their calendar from Outlook (Windows zone names) rather than Google.</summary>
    public bool Outlook { get; set; }

    public bool IsManager { get; set; }

    public bool IsEmployedOn(DateOnly day) => day >= Start && (End is null || day < End);

    public string FirstName => Name[..Name.IndexOf(' ', StringComparison.Ordinal)];
}
