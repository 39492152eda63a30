namespace ManagerFocus.Generator;

/// <summary>The daylight-saving rules the generated zones use.</summary>
internal enum DstRule
{
    None,

    /// <summary>Last Sunday of March to last Sunday of October, 01:00 UTC.</summary>
    Eu,

    /// <summary>Second Sunday of March to first Sunday of November, 02:00 local.</summary>
    Us,
}
