namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// Settings of <see cref="WordClusterTrainer"/>; the defaults built the shipped clusters, chosen on a 15% hold-out of
/// IDNer2k's and NERP's training files (docs/MODELS.md).
/// </summary>
public sealed record WordClusterOptions
{
    /// <summary>Words seen fewer times than this get no cluster (their contexts are noise).</summary>
    public int MinCount { get; init; } = 2;
    /// <summary>At most this many words, the most frequent, are clustered.</summary>
    public int MaxWords { get; init; } = 40_000;
    /// <summary>The most frequent words serve as the contexts a word is described by (left and right neighbour).</summary>
    public int Contexts { get; init; } = 2_000;
    /// <summary>Clusters at the fine granularity.</summary>
    public int Fine { get; init; } = 384;
    /// <summary>Clusters of fine clusters.</summary>
    public int Coarse { get; init; } = 48;
    /// <summary>k-means passes.</summary>
    public int Iterations { get; init; } = 15;
}

/// <summary>
/// Clusters words by the company they keep: each word is the vector of its left and right
/// neighbours (the most frequent words, and the sentence edge), weighted by positive pointwise
/// mutual information with smoothed context counts (Levy, Goldberg and Dagan 2015) and normalised;
/// spherical k-means groups the words into fine clusters, and k-means over the fine centroids
/// groups those into coarse ones, so a coarse cluster is a union of fine ones (like a short
/// prefix of a Brown cluster path). Far cheaper than Brown clustering, and deterministic: seeds are
/// words at evenly spaced frequency ranks, and every sum runs in one fixed order, so a rerun on the
/// same corpus writes the same file.
/// </summary>
public static class WordClusterTrainer
{
    public static List<(string Word, int Fine, int Coarse)> Train(IReadOnlyList<string[]> sentences, WordClusterOptions options)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in sentences)
            foreach (var w in s)
                counts[w] = counts.GetValueOrDefault(w) + 1;
        var vocabulary = counts.Where(kv => kv.Value >= options.MinCount && !kv.Key.StartsWith('#'))
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Take(options.MaxWords).Select(kv => kv.Key).ToArray();
        var index = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Length; i++) index[vocabulary[i]] = i;

        var vectors = ContextVectors(sentences, index, Math.Min(options.Contexts, vocabulary.Length), out var dims);
        var words = Enumerable.Range(0, vocabulary.Length).Where(w => vectors[w].Index.Length > 0).ToArray();
        var k = Math.Min(options.Fine, words.Length);
        var seeds = Enumerable.Range(0, k).Select(j => Dense(vectors[words[(long)j * words.Length / k]], dims)).ToArray();
        var fine = KMeans(words.Length, i => vectors[words[i]], seeds, options.Iterations, dims);

        var centroids = Centroids(words.Length, i => vectors[words[i]], fine, k, dims, seeds);
        var k2 = Math.Min(options.Coarse, k);
        var coarseSeeds = Enumerable.Range(0, k2).Select(j => (float[])centroids[j * k / k2].Clone()).ToArray();
        var coarseOfFine = KMeans(k, i => Sparse(centroids[i]), coarseSeeds, options.Iterations * 2, dims);

        return words.Select((w, i) => (vocabulary[w], fine[i], coarseOfFine[fine[i]]))
            .OrderBy(r => r.Item1, StringComparer.Ordinal).ToList();
    }

    private readonly record struct SparseVector(int[] Index, float[] Value);

    /// <summary>PPMI over (word, left neighbour) and (word, right neighbour), each row of unit length.</summary>
    private static SparseVector[] ContextVectors(IReadOnlyList<string[]> sentences, Dictionary<string, int> index, int contexts, out int dims)
    {
        var edge = contexts;          // the sentence's start or end
        var width = contexts + 1;
        dims = 2 * width;             // [left contexts | right contexts]
        var rows = new Dictionary<int, float>[index.Count];
        for (var i = 0; i < rows.Length; i++) rows[i] = [];
        var columns = new double[dims];
        foreach (var s in sentences)
        {
            var ids = s.Select(w => index.TryGetValue(w, out var i) ? i : -1).ToArray();
            for (var i = 0; i < ids.Length; i++)
            {
                if (ids[i] < 0) continue;
                var left = i == 0 ? edge : ids[i - 1] is >= 0 and var l && l < contexts ? l : -1;
                var right = i + 1 == ids.Length ? edge : ids[i + 1] is >= 0 and var r && r < contexts ? r : -1;
                if (left >= 0) Count(rows[ids[i]], left);
                if (right >= 0) Count(rows[ids[i]], width + right);
            }
        }
        var total = 0.0;
        var rowSums = new double[rows.Length];
        for (var w = 0; w < rows.Length; w++)
            foreach (var (c, n) in rows[w].OrderBy(p => p.Key))
            {
                rowSums[w] += n;
                columns[c] += n;
                total += n;
            }
        // Context counts to the power 0.75 keep rare contexts from dominating PMI.
        var smoothed = columns.Select(c => Math.Pow(c, 0.75)).ToArray();
        var smoothedTotal = smoothed.Sum();
        var vectors = new SparseVector[rows.Length];
        for (var w = 0; w < rows.Length; w++)
        {
            var cells = new List<(int, float)>();
            foreach (var (c, n) in rows[w].OrderBy(p => p.Key))
            {
                var pmi = Math.Log(n / rowSums[w] / (smoothed[c] / smoothedTotal));
                if (pmi > 0) cells.Add((c, (float)pmi));
            }
            var norm = MathF.Sqrt(cells.Sum(p => p.Item2 * p.Item2));
            vectors[w] = new SparseVector(cells.Select(p => p.Item1).ToArray(), cells.Select(p => p.Item2 / norm).ToArray());
        }
        return vectors;

        static void Count(Dictionary<int, float> row, int column) => row[column] = row.GetValueOrDefault(column) + 1;
    }

    /// <summary>Spherical k-means: each item to the centroid it is closest to in angle; returns each item's cluster.</summary>
    private static int[] KMeans(int items, Func<int, SparseVector> vector, float[][] centroids, int iterations, int dims)
    {
        var assigned = new int[items];
        for (var pass = 0; pass < iterations; pass++)
        {
            var moved = 0;
            Parallel.For(0, items, i =>
            {
                var v = vector(i);
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < centroids.Length; c++)
                {
                    var score = 0f;
                    var centroid = centroids[c];
                    for (var j = 0; j < v.Index.Length; j++) score += centroid[v.Index[j]] * v.Value[j];
                    if (score > bestScore) { bestScore = score; best = c; }
                }
                if (assigned[i] != best || pass == 0) Interlocked.Increment(ref moved);
                assigned[i] = best;
            });
            var next = Centroids(items, vector, assigned, centroids.Length, dims, centroids);
            for (var c = 0; c < centroids.Length; c++) centroids[c] = next[c];
            if (moved == 0) break;
        }
        return assigned;
    }

    /// <summary>Each cluster's normalised mean, summed in item order; an empty cluster keeps its old centroid.</summary>
    private static float[][] Centroids(int items, Func<int, SparseVector> vector, int[] assigned, int k, int dims, float[][] previous)
    {
        var sums = new float[k][];
        for (var c = 0; c < k; c++) sums[c] = new float[dims];
        var sizes = new int[k];
        for (var i = 0; i < items; i++)
        {
            var v = vector(i);
            var sum = sums[assigned[i]];
            sizes[assigned[i]]++;
            for (var j = 0; j < v.Index.Length; j++) sum[v.Index[j]] += v.Value[j];
        }
        for (var c = 0; c < k; c++)
        {
            if (sizes[c] == 0) { sums[c] = (float[])previous[c].Clone(); continue; }
            var norm = MathF.Sqrt(sums[c].Sum(x => x * x));
            for (var d = 0; d < dims; d++) sums[c][d] /= norm;
        }
        return sums;
    }

    private static float[] Dense(SparseVector v, int dims)
    {
        var d = new float[dims];
        for (var j = 0; j < v.Index.Length; j++) d[v.Index[j]] = v.Value[j];
        return d;
    }

    private static SparseVector Sparse(float[] dense)
    {
        var index = new List<int>();
        var value = new List<float>();
        for (var d = 0; d < dense.Length; d++)
            if (dense[d] != 0) { index.Add(d); value.Add(dense[d]); }
        return new SparseVector(index.ToArray(), value.ToArray());
    }
}
