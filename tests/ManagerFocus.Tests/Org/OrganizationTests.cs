namespace ManagerFocus.Tests.Org;

public sealed class OrganizationTests
{
    [Fact]
    public void Reports_and_managers_follow_manager_id()
    {
        var org = Builders.Org("id,name,manager_id,end_date\nm,Maria,,\na,Ann,m,\nb,Bo,m,2026-01-10\nc,Cy,a,\n");
        var maria = org.Find("m")!;

        org.ReportsOf(maria).Select(p => p.Id).ShouldBe(["a", "b"]);
        org.DirectReportsOn(maria, new DateOnly(2026, 1, 9)).Count.ShouldBe(2);
        org.DirectReportsOn(maria, new DateOnly(2026, 1, 10)).Select(p => p.Id).ShouldBe(["a"]);
        org.ManagerOf(org.Find("c")!)!.Id.ShouldBe("a");
        org.ManagerOf(maria).ShouldBeNull();
        org.IsManagerOn(maria.Index, org.Find("a")!.Index, new DateOnly(2026, 1, 9)).ShouldBeTrue();
        org.IsManagerOn(maria.Index, org.Find("c")!.Index, new DateOnly(2026, 1, 9)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-01-09", false)]
    [InlineData("2026-01-10", true)]
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", false)]
    public void Employment_starts_on_start_date_and_ends_before_end_date(string day, bool employed)
    {
        var org = Builders.Org("id,name,start_date,end_date\na,Ann,2026-01-10,2026-04-01\n");

        org.Find("a")!.IsEmployedOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(employed);
    }
}
