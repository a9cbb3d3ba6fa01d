namespace Kabar.Evaluation.Ner;

/// <summary>Counts for one entity type (or all of them): found and right, found and wrong, missed.</summary>
public sealed record TypeScore(string Type, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public int Gold => TruePositives + FalseNegatives;
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => Gold == 0 ? 0 : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Entity-level scores, conlleval-style: an entity counts only when its span and type both match exactly.</summary>
public sealed record EntityScore(IReadOnlyList<TypeScore> Types, TypeScore Micro)
{
    /// <summary>The unweighted mean of the per-type F1 (IndoNLU's NERP figure).</summary>
    public double MacroF1 => Types.Count == 0 ? 0 : Types.Average(t => t.F1);
    public double MacroPrecision => Types.Count == 0 ? 0 : Types.Average(t => t.Precision);
    public double MacroRecall => Types.Count == 0 ? 0 : Types.Average(t => t.Recall);

    public static EntityScore Compute(IEnumerable<(string[] Gold, string[] Predicted)> sentences)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] For(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
        foreach (var (gold, predicted) in sentences)
        {
            var g = Chunks(gold);
            var p = Chunks(predicted);
            foreach (var chunk in p)
            {
                if (g.Contains(chunk)) For(chunk.Type)[0]++;
                else For(chunk.Type)[1]++;
            }
            foreach (var chunk in g)
                if (!p.Contains(chunk)) For(chunk.Type)[2]++;
        }
        var types = counts.Select(kv => new TypeScore(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2])).ToList();
        var micro = new TypeScore("ALL", types.Sum(t => t.TruePositives), types.Sum(t => t.FalsePositives), types.Sum(t => t.FalseNegatives));
        return new EntityScore(types, micro);
    }

    /// <summary>The entities a BIO tag sequence marks, as [start, end) token ranges with their type.</summary>
    public static HashSet<(int Start, int End, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new HashSet<(int, int, string)>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : "O";
            var continues = type is not null && tag.StartsWith("I-") && tag[2..] == type;
            if (continues) continue;
            if (type is not null) chunks.Add((start, i, type));
            type = null;
            if (tag.Length > 2 && (tag[0] == 'B' || tag[0] == 'I'))
            {
                start = i;
                type = tag[2..];
            }
        }
        return chunks;
    }
}
