namespace Kabar.Stories.Engine;

/// <summary>
/// Finds the events due to freeze (<see cref="ClusteringSettings.FreezeAfterArticles"/> and
/// <see cref="ClusteringSettings.FreezeAfterDays"/>) without looking at the others: an event that
/// gets an article is queued by arrival; once that many articles came after it, it moves to a queue
/// by its last publish day, which it leaves, frozen, when that day falls the window behind the newest
/// article seen. An entry whose event got an article since (or was merged away) is stale and dropped:
/// the event was queued again. Each article costs a constant amount of queue work.
/// </summary>
internal sealed class FreezeQueue(ClusteringSettings settings)
{
    private readonly Queue<(long Arrival, int Event)> _byArrival = new();
    private readonly PriorityQueue<(long Arrival, int Event), int> _byDay = new();

    /// <summary>Notes that <paramref name="e"/> got an article (its <see cref="EventNode.LastArrival"/> is set).</summary>
    public void Touched(EventNode e) => _byArrival.Enqueue((e.LastArrival, e.Index));

    /// <summary>
    /// The events to freeze once <paramref name="arrived"/> articles were placed, the newest published on
    /// <paramref name="newestDay"/> (a day number; null while none is dated). <paramref name="node"/> gives an event by index.
    /// </summary>
    public List<EventNode> Due(long arrived, int? newestDay, Func<int, EventNode> node)
    {
        var due = new List<EventNode>();
        while (_byArrival.TryPeek(out var entry) && arrived - entry.Arrival > settings.FreezeAfterArticles)
        {
            _byArrival.Dequeue();
            var e = node(entry.Event);
            if (!Current(e, entry.Arrival)) continue;
            // An undated event has no day to fall behind: the articles that came after it are all there is.
            if (e.Centroid.LastPublished is { } last) _byDay.Enqueue(entry, last.DayNumber);
            else due.Add(e);
        }
        while (newestDay is { } newest && _byDay.TryPeek(out var entry, out var day) && newest - day > settings.FreezeAfterDays)
        {
            _byDay.Dequeue();
            var e = node(entry.Event);
            if (Current(e, entry.Arrival)) due.Add(e);
        }
        return due;
    }

    private static bool Current(EventNode e, long arrival) => e.Live && !e.Frozen && e.LastArrival == arrival;
}
