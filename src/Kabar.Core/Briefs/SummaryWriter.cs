using System.Globalization;
using Kabar.Resources;

namespace Kabar.Briefs;

/// <summary>
/// An extractive summary across outlets. Each candidate sentence is scored by a lead prior (news
/// puts the point first: 1/(1+i) for an article's i-th sentence) plus its centrality (LexRank's
/// degree variant: how many sentences of other articles, or of the one article, say much the
/// same, by TF-IDF cosine of stems), weighted by Resources/Briefs/summary-weights.tsv. Sentences
/// are then picked by maximal marginal relevance: relevant, but unlike what is already picked,
/// with a nudge towards articles not yet cited so that several outlets speak. The work is
/// quadratic in sentences, so the story's sentences are capped.
/// </summary>
internal static class SummaryWriter
{
    public const int MaxCandidates = 400;

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Weights = new(() => KabarResources.Table("Briefs/summary-weights.tsv"));
    private static double Weight(string name) => double.Parse(Weights.Value[name], CultureInfo.InvariantCulture);
    private const double Lambda = 0.7;
    private const double SimilarityEdge = 0.1;
    private const double RepeatArticlePenalty = 0.15;

    public static IReadOnlyList<SummarySentence> Write(IReadOnlyList<StoryArticle> articles)
    {
        var candidates = articles
            .SelectMany(a => a.Annotated.Sentences.Select((s, i) => (Article: a, Span: a.Trim(s.Span), Index: i)))
            .Where(c => c.Article.WordsIn(c.Span).Count() >= Weight("min_words") && c.Article.WordsIn(c.Span).Count() <= 45)
            .OrderBy(c => c.Index).ThenBy(c => c.Article.Source, StringComparer.Ordinal)
            .Take(MaxCandidates)
            .ToList();
        if (candidates.Count == 0) return [];
        var one = articles.Count == 1;
        var sentences = (int)Weight(one ? "sentences_one_article" : "sentences_story");

        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var bags = candidates.Select(c => c.Article.WordsIn(c.Span).GroupBy(w => w.Stem).ToDictionary(g => g.Key, g => (double)g.Count())).ToList();
        foreach (var bag in bags) foreach (var t in bag.Keys) df[t] = df.GetValueOrDefault(t) + 1;
        var vectors = bags.Select(bag => Normalise(bag.ToDictionary(kv => kv.Key, kv => kv.Value * Math.Log((candidates.Count + 1.0) / df[kv.Key])))).ToList();

        var sim = new double[candidates.Count, candidates.Count];
        var centrality = new double[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
            for (var j = i + 1; j < candidates.Count; j++)
            {
                var s = Dot(vectors[i], vectors[j]);
                sim[i, j] = sim[j, i] = s;
                if (s >= SimilarityEdge && (one || candidates[i].Article != candidates[j].Article)) { centrality[i] += s; centrality[j] += s; }
            }
        var top = Math.Max(1e-9, centrality.Max());
        var (lead, central) = (Weight("lead"), Weight("centrality"));
        var relevance = candidates.Select((c, i) => central * centrality[i] / top + lead / (1 + c.Index)).ToArray();

        var picked = new List<int>();
        while (picked.Count < Math.Min(sentences, candidates.Count))
        {
            var best = -1;
            var bestScore = double.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (picked.Contains(i)) continue;
                var redundancy = picked.Count == 0 ? 0 : picked.Max(p => sim[i, p]);
                var repeats = picked.Count(p => candidates[p].Article == candidates[i].Article);
                var score = Lambda * relevance[i] - (1 - Lambda) * redundancy - RepeatArticlePenalty * repeats;
                if (score > bestScore) { bestScore = score; best = i; }
            }
            picked.Add(best);
        }
        return picked
            .OrderBy(p => candidates[p].Article.Article.FirstAppeared?.Value ?? DateTimeOffset.MaxValue).ThenBy(p => candidates[p].Article.Source, StringComparer.Ordinal).ThenBy(p => candidates[p].Span.Start)
            .Select(p => new SummarySentence(candidates[p].Article.Annotated.Text(candidates[p].Span), candidates[p].Article.Source, candidates[p].Span.Start, candidates[p].Span.End))
            .ToList();
    }

    private static Dictionary<string, double> Normalise(Dictionary<string, double> v)
    {
        var n = Math.Sqrt(v.Values.Sum(x => x * x));
        return n == 0 ? v : v.ToDictionary(kv => kv.Key, kv => kv.Value / n);
    }

    private static double Dot(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (s, l) = a.Count <= b.Count ? (a, b) : (b, a);
        double d = 0;
        foreach (var (k, v) in s) if (l.TryGetValue(k, out var w)) d += v * w;
        return d;
    }
}
