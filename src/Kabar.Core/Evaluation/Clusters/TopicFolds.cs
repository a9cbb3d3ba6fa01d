namespace Kabar.Evaluation.Clusters;

/// <summary>
/// Cross-validation by topic: everything fitted (a threshold, a weight) is chosen on K-1 folds and
/// scored on the fold left out, so a figure never comes from the pages its knobs were chosen on.
/// A topic is the number before '_' in an ECB+ doc name (<c>12_3ecbplus</c>), else the doc's gold
/// story, else its gold event (<see cref="Topics"/>); topics go to folds in turn, in their sorted order.
/// </summary>
public sealed class TopicFolds
{
    private readonly Dictionary<string, int> _foldOf = new(StringComparer.Ordinal);

    public int Count { get; }

    public TopicFolds(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string>? stories, int folds)
    {
        Count = folds;
        var topics = Topics(gold, stories);
        var order = topics.Values.Distinct().OrderBy(t => int.TryParse(t, out var n) ? n : int.MaxValue).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var index = order.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i % folds, StringComparer.Ordinal);
        foreach (var (doc, topic) in topics) _foldOf[doc] = index[topic];
    }

    public IReadOnlySet<string> Docs(int fold) => _foldOf.Where(kv => kv.Value == fold).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

    public IReadOnlySet<string> AllBut(int fold) => _foldOf.Where(kv => kv.Value != fold).Select(kv => kv.Key).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Each doc's topic: the number before '_' in its name when the names share such numbers (ECB+:
    /// <c>12_3ecbplus</c>; the generator's <c>0000012_outlet</c> numbers every page, which names no topic),
    /// else its gold story, else its gold event.
    /// </summary>
    public static Dictionary<string, string> Topics(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string>? stories)
    {
        var named = gold.Keys.ToDictionary(d => d, NamedTopic, StringComparer.Ordinal);
        var numbers = named.Values.OfType<string>().ToList();
        var shared = numbers.Count == gold.Count && numbers.Distinct().Count() * 2 <= numbers.Count;
        return gold.Keys.ToDictionary(d => d, d => (shared ? named[d] : null) ?? stories?.GetValueOrDefault(d) ?? gold[d], StringComparer.Ordinal);
    }

    private static string? NamedTopic(string doc)
    {
        var cut = doc.IndexOf('_');
        return cut > 0 && doc[..cut].All(char.IsAsciiDigit) ? doc[..cut] : null;
    }

    /// <summary>
    /// For each fold: the candidate that scores best (BCubed F1) on the other folds, and its score
    /// on this fold. <paramref name="candidates"/> maps each candidate (a threshold) to its clustering of every doc.
    /// </summary>
    public IReadOnlyList<(double Chosen, ClusterScores HeldOut, ClusterScores InSample)> HeldOut(
        IReadOnlyDictionary<string, string> gold, IReadOnlyList<(double Candidate, IReadOnlyDictionary<string, string> System)> candidates) =>
        HeldOut(gold, candidates, []);

    /// <summary>
    /// As above, but each candidate is chosen by its mean BCubed F1 over the other folds and over other
    /// corpora (<paramref name="elsewhere"/>: one list per corpus, each candidate's F1 there, in the order
    /// of <paramref name="candidates"/>), each weighted alike: one value that has to serve every corpus,
    /// as a shipped knob does (Kabar's merge threshold is chosen so, `kabar train clusters`).
    /// </summary>
    public IReadOnlyList<(double Chosen, ClusterScores HeldOut, ClusterScores InSample)> HeldOut(
        IReadOnlyDictionary<string, string> gold, IReadOnlyList<(double Candidate, IReadOnlyDictionary<string, string> System)> candidates,
        IReadOnlyList<IReadOnlyList<double>> elsewhere)
    {
        var results = new List<(double, ClusterScores, ClusterScores)>();
        for (var f = 0; f < Count; f++)
        {
            var train = AllBut(f);
            var test = Docs(f);
            var best = candidates.Select((c, i) => (c, Mean: (Restricted(gold, c.System, train).BCubed.F1 + elsewhere.Sum(e => e[i])) / (1 + elsewhere.Count)))
                .MaxBy(x => x.Mean).c;
            results.Add((best.Candidate, Restricted(gold, best.System, test), Restricted(gold, best.System, train)));
        }
        return results;
    }

    /// <summary>
    /// For each fold: <paramref name="fitAndRun"/> fits on the other folds' docs (it is given them)
    /// and clusters every doc; its clustering is scored on the fold left out and on the folds it saw.
    /// </summary>
    public IReadOnlyList<(T Fitted, ClusterScores HeldOut, ClusterScores InSample)> Refit<T>(
        IReadOnlyDictionary<string, string> gold, Func<IReadOnlySet<string>, (T Fitted, IReadOnlyDictionary<string, string> System)> fitAndRun)
    {
        var results = new List<(T, ClusterScores, ClusterScores)>();
        for (var f = 0; f < Count; f++)
        {
            var train = AllBut(f);
            var (fitted, system) = fitAndRun(train);
            results.Add((fitted, Restricted(gold, system, Docs(f)), Restricted(gold, system, train)));
        }
        return results;
    }

    public static ClusterScores Restricted(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> system, IReadOnlySet<string> docs) =>
        ClusterScores.Score(
            gold.Where(kv => docs.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            system.Where(kv => docs.Contains(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal));
}
