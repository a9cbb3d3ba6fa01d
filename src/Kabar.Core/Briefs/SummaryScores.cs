using System.Text.RegularExpressions;

namespace Kabar.Briefs;

/// <summary>
/// ROUGE-1 and ROUGE-2 F of a summary against a reference, as IndoSum is scored here: multiset
/// overlap of lower-cased <c>\w+</c> words and of word pairs.
/// </summary>
public static partial class SummaryScores
{
    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    public static (double Rouge1, double Rouge2) Score(string summary, string reference)
    {
        var (s, r) = (Words(summary), Words(reference));
        return (F(s, r), F(Pairs(s), Pairs(r)));
    }

    private static List<string> Words(string text) => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    private static List<string> Pairs(List<string> words) => words.Zip(words.Skip(1), (a, b) => a + " " + b).ToList();

    private static double F(List<string> found, List<string> wanted)
    {
        if (found.Count == 0 || wanted.Count == 0) return 0;
        var counts = wanted.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var overlap = 0;
        foreach (var w in found)
            if (counts.TryGetValue(w, out var n) && n > 0) { overlap++; counts[w] = n - 1; }
        if (overlap == 0) return 0;
        double p = overlap / (double)found.Count, r = overlap / (double)wanted.Count;
        return 2 * p * r / (p + r);
    }
}
