using Kabar.Stories.Engine;

namespace Kabar.Tests.Stories;

/// <summary>
/// Candidates are the events published around an article, whatever order the pages arrived in: a
/// folder named by hash, a late page about an old event.
/// </summary>
public class PostingListTests
{
    private static int Day(int year, int month, int day) => PostingList.DayOf(new DateOnly(year, month, day));

    private static bool NoneFrozen(int eventIndex) => false;

    [Fact]
    public void A_late_page_finds_the_events_of_its_own_days_not_the_latest_arrivals()
    {
        var list = new PostingList();
        list.Add(Day(2023, 3, 1), eventIndex: 7);
        // Many events of later months arrive after it.
        for (var i = 0; i < 200; i++) list.Add(Day(2023, 6, 1) + i, eventIndex: 100 + i);

        var found = list.Nearest(Day(2023, 3, 2), cap: 5, NoneFrozen).ToList();
        Assert.Equal(7, found[0]);
        Assert.Equal(5, found.Count);
        Assert.All(found.Skip(1), e => Assert.InRange(e, 100, 104));
    }

    [Fact]
    public void Nearest_first_on_both_sides_and_the_earlier_on_a_tie()
    {
        var list = new PostingList();
        foreach (var (offset, e) in new[] { (-3, 1), (5, 2), (-1, 3), (1, 4), (0, 5) }) list.Add(Day(2023, 3, 10) + offset, e);
        Assert.Equal([5, 3, 4, 1, 2], list.Nearest(Day(2023, 3, 10), cap: 10, NoneFrozen));
    }

    [Fact]
    public void Undated_pages_come_after_dated_ones_and_are_read_from_the_latest_arrival()
    {
        var list = new PostingList();
        list.Add(PostingList.DayOf(null), 1);
        list.Add(Day(2023, 3, 10), 2);
        list.Add(PostingList.DayOf(null), 3);
        Assert.Equal([3, 1, 2], list.Nearest(PostingList.DayOf(null), cap: 10, NoneFrozen));
    }

    [Fact]
    public void One_event_posting_on_one_day_is_kept_once()
    {
        var list = new PostingList();
        list.Add(Day(2023, 3, 10), 4);
        list.Add(Day(2023, 3, 10), 4);
        Assert.Equal([4], list.Nearest(Day(2023, 3, 10), cap: 10, NoneFrozen));
    }

    [Fact]
    public void Frozen_events_are_passed_over_without_taking_a_place_and_sweeping_them_changes_nothing_found()
    {
        var list = new PostingList();
        for (var i = 0; i < 10; i++) list.Add(Day(2023, 3, 1) + i, eventIndex: i);
        bool Frozen(int e) => e % 2 == 0;

        var before = list.Nearest(Day(2023, 3, 5), cap: 3, Frozen).ToList();
        Assert.Equal([3, 5, 1], before);
        Assert.Equal(5, list.Sweep(Frozen));
        Assert.Equal(before, list.Nearest(Day(2023, 3, 5), cap: 3, Frozen));
    }
}
