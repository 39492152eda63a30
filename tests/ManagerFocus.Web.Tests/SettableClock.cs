namespace ManagerFocus.Web.Tests;

/// <summary>A clock a test moves forward by hand.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
