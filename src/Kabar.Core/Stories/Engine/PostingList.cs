namespace Kabar.Stories.Engine;

/// <summary>
/// The events posted under one index key, ordered by the publish day of the article that posted
/// them (undated last, then in arrival order). A look-up reads the entries nearest the article's
/// own day, so the candidates are the events published around it however the pages arrived: a
/// crawl in time order, a folder in any order, a late page about an old event.
/// </summary>
internal sealed class PostingList
{
    private readonly List<(int Day, int Event)> _entries = [];

    /// <summary>The day number that sorts an undated article: after every dated one.</summary>
    private const int Undated = int.MaxValue;

    public static int DayOf(DateOnly? published) => published?.DayNumber ?? Undated;

    public void Add(int day, int eventIndex)
    {
        var at = UpperBound(day);
        // Articles of one event arrive together and on the same days: one entry stands for them.
        if (at > 0 && _entries[at - 1] == (day, eventIndex)) return;
        _entries.Insert(at, (day, eventIndex));
    }

    public int Count => _entries.Count;

    /// <summary>
    /// Up to <paramref name="cap"/> entries, nearest to <paramref name="day"/> first (an earlier one before a later
    /// one at the same distance), passing over those of frozen events (<paramref name="frozen"/>) without counting
    /// them: whether a frozen entry was already swept away (<see cref="Sweep"/>) does not change what is found.
    /// </summary>
    public IEnumerable<int> Nearest(int day, int cap, Func<int, bool> frozen)
    {
        var right = UpperBound(day);
        var left = right - 1;
        for (var taken = 0; taken < cap && (left >= 0 || right < _entries.Count);)
        {
            var takeLeft = right >= _entries.Count
                || (left >= 0 && Distance(_entries[left].Day, day) <= Distance(_entries[right].Day, day));
            var posted = takeLeft ? _entries[left--].Event : _entries[right++].Event;
            if (frozen(posted)) continue;
            taken++;
            yield return posted;
        }
    }

    /// <summary>Removes the entries of frozen events; returns how many are left.</summary>
    public int Sweep(Func<int, bool> frozen)
    {
        _entries.RemoveAll(e => frozen(e.Event));
        if (_entries.Capacity > 2 * _entries.Count + 4) _entries.TrimExcess();
        return _entries.Count;
    }

    private static long Distance(int a, int b) => Math.Abs((long)a - b);

    /// <summary>The first position whose day is after <paramref name="day"/>.</summary>
    private int UpperBound(int day)
    {
        int lo = 0, hi = _entries.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_entries[mid].Day <= day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
