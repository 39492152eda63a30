namespace ManagerFocus.Org;

/// <summary>A declared career track from the people file.</summary>
public enum Track
{
    Ic,
    Management,
    Hybrid,
}
