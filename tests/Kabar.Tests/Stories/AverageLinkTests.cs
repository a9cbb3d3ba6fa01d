using Kabar.Evaluation.Clusters;

namespace Kabar.Tests.Stories;

/// <summary>
/// The baseline's average link is the exact one: the nearest-neighbour chain finds the clusters
/// that merging the best pair of all, one merge at a time, finds.
/// </summary>
public class AverageLinkTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_chain_gives_the_clusters_of_the_naive_scan_at_every_cut(int seed)
    {
        const int n = 60;
        var random = new Random(seed);
        var docs = Enumerable.Range(0, n).Select(i => "d" + i).ToArray();
        // A few planted groups, so that the cuts fall both inside and between clusters.
        var group = Enumerable.Range(0, n).Select(_ => random.Next(6)).ToArray();
        var matrix = new SimilarityMatrix(n);
        var square = new double[n][];
        for (var i = 0; i < n; i++) square[i] = new double[n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < i; j++)
            {
                var s = (float)((group[i] == group[j] ? 0.4 : 0) + random.NextDouble() * 0.6);
                matrix[i, j] = s;
                square[i][j] = square[j][i] = s;
            }

        var chain = new AverageLink(docs, matrix, 0.02);
        var naive = NaiveMerges(square, 0.02);
        foreach (var cut in Enumerable.Range(1, 19).Select(i => i * 0.05))
            Assert.Equal(Partition(docs, naive, cut), Partition(chain.Cut(cut)));
        Assert.Single(chain.Cut(0.02).Values.Distinct());
        Assert.Equal(n, chain.Cut(1.01).Values.Distinct().Count());
    }

    [Fact]
    public void Merges_below_the_lowest_are_not_made()
    {
        var matrix = new SimilarityMatrix(4);
        matrix[1, 0] = 0.9f;
        matrix[3, 2] = 0.8f;
        // The two pairs are alike at 0.01 only: under the lowest merge they stay two clusters at every cut.
        var clusters = new AverageLink(["a", "b", "c", "d"], matrix, 0.02).Cut(0);
        Assert.Equal(2, clusters.Values.Distinct().Count());
        Assert.Equal(clusters["a"], clusters["b"]);
        Assert.Equal(clusters["c"], clusters["d"]);
    }

    /// <summary>The plain algorithm: scan every live pair for the best, merge it, update by Lance-Williams.</summary>
    private static List<(int A, int B, double Similarity)> NaiveMerges(double[][] sim, double lowestMerge)
    {
        var merges = new List<(int, int, double)>();
        var size = Enumerable.Repeat(1, sim.Length).ToArray();
        var live = Enumerable.Range(0, sim.Length).ToList();
        while (live.Count > 1)
        {
            var (bi, bj, best) = (-1, -1, double.MinValue);
            for (var x = 0; x < live.Count; x++)
                for (var y = x + 1; y < live.Count; y++)
                    if (sim[live[x]][live[y]] > best) (bi, bj, best) = (live[x], live[y], sim[live[x]][live[y]]);
            if (best < lowestMerge) break;
            merges.Add((bi, bj, best));
            foreach (var k in live)
                if (k != bi && k != bj)
                    sim[bi][k] = sim[k][bi] = (size[bi] * sim[bi][k] + size[bj] * sim[bj][k]) / (size[bi] + size[bj]);
            size[bi] += size[bj];
            live.Remove(bj);
        }
        return merges;
    }

    private static List<string> Partition(string[] docs, List<(int A, int B, double Similarity)> merges, double cut)
    {
        var parent = Enumerable.Range(0, docs.Length).ToArray();
        int Find(int i) { while (parent[i] != i) i = parent[i]; return i; }
        foreach (var (a, b, s) in merges.TakeWhile(m => m.Similarity >= cut)) parent[Find(b)] = Find(a);
        return Partition(Enumerable.Range(0, docs.Length).ToDictionary(i => docs[i], i => Find(i).ToString()));
    }

    /// <summary>The clusters as sorted member lists, whatever their names.</summary>
    private static List<string> Partition<T>(IReadOnlyDictionary<string, T> clusterOf) =>
        clusterOf.GroupBy(kv => kv.Value).Select(g => string.Join(",", g.Select(kv => kv.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void The_tf_idf_baseline_clusters_pages_by_their_words_and_refuses_a_set_larger_than_its_matrix()
    {
        var texts = new Dictionary<string, string>
        {
            ["a"] = "banjir merendam rumah warga kota contoh",
            ["b"] = "banjir merendam ratusan rumah warga kota contoh",
            ["c"] = "menteri keuangan membahas anggaran negara",
            ["d"] = "menteri keuangan membahas anggaran negara tahun depan",
        };
        var cut = new TfIdfBaseline(texts).Cut(0.3);
        Assert.Equal(cut["a"], cut["b"]);
        Assert.Equal(cut["c"], cut["d"]);
        Assert.NotEqual(cut["a"], cut["c"]);

        var tooMany = Enumerable.Range(0, TfIdfBaseline.MaxDocuments + 1).ToDictionary(i => "p" + i, i => "kata");
        Assert.Throws<ArgumentException>(() => new TfIdfBaseline(tooMany));
    }
}
