using Kabar.Resources;

namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// Word classes learnt from unlabeled Indonesian news (<see cref="WordClusterTrainer"/>): words that
/// stand in the same contexts share a cluster ('jakarta', 'surabaya', 'medan'; 'menteri', 'gubernur'),
/// at two granularities, so the tagger generalises from a name it saw in training to one it did not.
/// Looked up by the hash the tagger already computes for the lower-cased word, so a token costs one
/// dictionary probe and no string. Unknown words have no cluster.
/// </summary>
public sealed class WordClusters
{
    public const string ResourcePath = "Models/word-clusters.tsv";

    private static readonly Lazy<WordClusters> Shipped = new(() => Parse(KabarResources.Rows(ResourcePath, minColumns: 3)));

    private readonly Dictionary<uint, (ushort Fine, ushort Coarse)> _byHash;

    private WordClusters(Dictionary<uint, (ushort, ushort)> byHash) => _byHash = byHash;

    /// <summary>The clusters shipped in Resources/Models/word-clusters.tsv.</summary>
    public static WordClusters Default => Shipped.Value;

    /// <summary>No clusters at all (every word unknown).</summary>
    public static WordClusters Empty { get; } = new([]);

    public int Count => _byHash.Count;

    /// <summary>A clusters file written by <c>kabar train word-clusters</c>.</summary>
    public static WordClusters Load(string path) => Parse(File.ReadLines(path)
        .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).Where(r => r.Length >= 3));

    /// <summary>Rows of 'word, fine cluster, coarse cluster'.</summary>
    public static WordClusters Parse(IEnumerable<string[]> rows)
    {
        var byHash = new Dictionary<uint, (ushort, ushort)>();
        foreach (var r in rows)
            byHash[KeyOf(r[0])] = (ushort.Parse(r[1]), ushort.Parse(r[2]));
        return new WordClusters(byHash);
    }

    /// <summary>The key of a lower-cased word: the tagger's own hash of it.</summary>
    internal static uint KeyOf(ReadOnlySpan<char> lower) => FeatureHash.Add(FeatureHash.Start(TokenFeatures.LowerTemplate), lower);

    /// <summary>The clusters of the word whose <see cref="KeyOf"/> is <paramref name="key"/>; false when it has none.</summary>
    internal bool TryGet(uint key, out ushort fine, out ushort coarse)
    {
        if (_byHash.TryGetValue(key, out var c)) { (fine, coarse) = c; return true; }
        fine = coarse = 0;
        return false;
    }
}
