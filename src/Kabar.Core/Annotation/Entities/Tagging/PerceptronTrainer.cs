namespace Kabar.Annotation.Entities.Tagging;

/// <summary>One sentence of training or test data: its words and their BIO tags.</summary>
public sealed record TaggedSentence(string[] Words, string[] Tags);

/// <summary>Training settings; the defaults are the ones the shipped models were built with.</summary>
public sealed record PerceptronOptions
{
    /// <summary>Passes over the training data.</summary>
    public int Epochs { get; init; } = 12;
    /// <summary>
    /// log2 of the weight table's rows (hashed features share rows beyond that). 2^17 rows loses
    /// nothing measurable on IDNer against 2^19 and keeps the table in cache, which is most of the tagging time.
    /// </summary>
    public int Bits { get; init; } = 17;
    /// <summary>Seeds the shuffle between passes, so a rebuild gives the same model.</summary>
    public int Seed { get; init; } = 17;
}

/// <summary>
/// Trains a <see cref="SequenceTagger"/> as an averaged structured perceptron (Collins 2002):
/// decode each sentence with the current weights, and where the best path differs from the gold
/// one, add the gold path's features and subtract the predicted path's; the model keeps the
/// average of the weights over all steps, which generalises far better than the last ones.
/// </summary>
public static class PerceptronTrainer
{
    public static SequenceTagger Train(
        IReadOnlyList<TaggedSentence> sentences, EntityLexicon lexicon, PerceptronOptions options,
        string description, Action<int, double>? onEpoch = null, WordClusters? clusters = null)
    {
        clusters ??= WordClusters.Default;
        var tags = TagSet(sentences);
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i);
        var n = tags.Length;
        var mask = (1 << options.Bits) - 1;
        var stride = SequenceTagger.Stride(n);
        var weights = new float[(mask + 1) * stride];
        var totals = new float[weights.Length];
        var transitions = new float[(n + 1) * n];
        var transitionTotals = new float[transitions.Length];
        var allowed = SequenceTagger.AllowedTransitions(tags);

        // Features do not change between passes: extract them once.
        var rows = new int[sentences.Count][];
        var gold = new int[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            var words = sentences[s].Words;
            rows[s] = new int[words.Length * TokenFeatures.Count];
            TokenFeatures.Extract(words, lexicon, clusters, mask, rows[s]);
            gold[s] = sentences[s].Tags.Select(t => index[t]).ToArray();
        }

        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(options.Seed);
        var step = 1f;
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            var wrong = 0;
            var total = 0;
            foreach (var s in order)
            {
                var len = gold[s].Length;
                if (len == 0) continue;
                var predicted = SequenceTagger.Viterbi(rows[s], len, weights, transitions, allowed, n);
                total += len;
                for (var i = 0; i < len; i++)
                {
                    var g = gold[s][i];
                    var p = predicted[i];
                    if (g != p)
                    {
                        wrong++;
                        var o = i * TokenFeatures.Count;
                        for (var k = 0; k < TokenFeatures.Count; k++)
                        {
                            var row = rows[s][o + k] * stride;
                            Update(weights, totals, row + g, 1f, step);
                            Update(weights, totals, row + p, -1f, step);
                        }
                    }
                    var gFrom = i == 0 ? n : gold[s][i - 1];
                    var pFrom = i == 0 ? n : predicted[i - 1];
                    if (gFrom != pFrom || g != p)
                    {
                        Update(transitions, transitionTotals, gFrom * n + g, 1f, step);
                        Update(transitions, transitionTotals, pFrom * n + p, -1f, step);
                    }
                }
                step++;
            }
            onEpoch?.Invoke(epoch, total == 0 ? 0 : (double)wrong / total);
        }
        Average(weights, totals, step);
        Average(transitions, transitionTotals, step);
        return new SequenceTagger(tags, options.Bits, weights, transitions, description, lexicon, clusters);
    }

    private static void Update(float[] w, float[] totals, int i, float delta, float step)
    {
        w[i] += delta;
        totals[i] += step * delta;
    }

    /// <summary>The averaged weight is w - (Σ step·Δ) / steps: the mean of w over every step, without summing every step.</summary>
    private static void Average(float[] w, float[] totals, float steps)
    {
        for (var i = 0; i < w.Length; i++) w[i] -= totals[i] / steps;
    }

    /// <summary>'O' first, then the B-/I- tags in order.</summary>
    private static string[] TagSet(IReadOnlyList<TaggedSentence> sentences)
    {
        var set = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var t in s.Tags)
                if (t != "O") set.Add(t);
        return ["O", .. set];
    }
}
