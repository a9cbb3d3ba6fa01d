using Kabar.Language;
using Kabar.Model;

namespace Kabar.Stories.Passages;

/// <summary>A run of words two texts share: character ranges in each.</summary>
public sealed record SharedRun(int StartA, int EndA, int StartB, int EndB, int Words);

/// <summary>
/// Finds the passages two texts share with winnowed word-shingle fingerprints (Schleimer et al.
/// 2003): the words are the shared tokenizer's (<see cref="TokenAnnotator"/>), lower-cased, without
/// punctuation tokens; every run of <see cref="ShingleWords"/>
/// words is hashed, and the smallest hash of each window of <see cref="Window"/> shingles is kept.
/// A fingerprint both texts hold anchors a match that is then grown word by word in both
/// directions, so a shared passage of at least <see cref="ShingleWords"/> + <see cref="Window"/> - 1
/// words is always found, whatever punctuation or quote marks surround it.
/// </summary>
public static class PassageFinder
{
    public const int ShingleWords = 5;
    public const int Window = 4;
    /// <summary>Shorter shared runs are common phrases, not passages.</summary>
    public const int MinWords = 8;

    /// <summary>A text's words (lower-cased) with their character ranges, and its winnowed fingerprints.</summary>
    public sealed class Fingerprinted
    {
        internal Fingerprinted(string text)
        {
            var tokens = new List<Token>();
            TokenAnnotator.Tokenize(text, null, tokens);
            var words = tokens.Where(t => t.Text.Any(char.IsLetterOrDigit)).ToList();
            Words = words.Select(t => t.Text.ToLowerInvariant()).ToArray();
            Starts = words.Select(t => t.Span.Start).ToArray();
            Ends = words.Select(t => t.Span.End).ToArray();
            var hashes = new ulong[Math.Max(0, Words.Length - ShingleWords + 1)];
            for (var i = 0; i < hashes.Length; i++) hashes[i] = Hash(Words, i);
            for (var w = 0; w + Window <= hashes.Length || (w == 0 && hashes.Length > 0); w++)
            {
                var end = Math.Min(hashes.Length, w + Window);
                var best = w;
                for (var i = w + 1; i < end; i++) if (hashes[i] <= hashes[best]) best = i;
                if (!Prints.TryGetValue(hashes[best], out var at)) Prints[hashes[best]] = at = [];
                if (at.Count == 0 || at[^1] != best) at.Add(best);
                if (end == hashes.Length) break;
            }
        }

        public string[] Words { get; }
        public int[] Starts { get; }
        public int[] Ends { get; }
        /// <summary>Fingerprint hash to the word positions where its shingle starts.</summary>
        public Dictionary<ulong, List<int>> Prints { get; } = [];
    }

    public static Fingerprinted Fingerprint(string text) => new(text);

    /// <summary>Every maximal run of at least <see cref="MinWords"/> words that both texts hold, longest first.</summary>
    public static IReadOnlyList<SharedRun> Shared(Fingerprinted a, Fingerprinted b)
    {
        var runs = new List<(int A, int B, int Length)>();
        foreach (var (hash, positionsA) in a.Prints)
        {
            if (!b.Prints.TryGetValue(hash, out var positionsB)) continue;
            foreach (var pa in positionsA)
                foreach (var pb in positionsB)
                {
                    if (runs.Any(r => pa >= r.A && pa < r.A + r.Length && pb - pa == r.B - r.A)) continue;
                    var s = 0;
                    while (pa - s - 1 >= 0 && pb - s - 1 >= 0 && a.Words[pa - s - 1] == b.Words[pb - s - 1]) s++;
                    var e = 0;
                    while (pa + e < a.Words.Length && pb + e < b.Words.Length && a.Words[pa + e] == b.Words[pb + e]) e++;
                    if (s + e >= MinWords) runs.Add((pa - s, pb - s, s + e));
                }
        }
        return runs.OrderByDescending(r => r.Length).ThenBy(r => r.A)
            .Select(r => new SharedRun(a.Starts[r.A], a.Ends[r.A + r.Length - 1], b.Starts[r.B], b.Ends[r.B + r.Length - 1], r.Length))
            .ToList();
    }

    /// <summary>Share of the shorter text's words that lie in passages the two share; near 1 for near-duplicates.</summary>
    public static double Overlap(Fingerprinted a, Fingerprinted b)
    {
        var shorter = Math.Min(a.Words.Length, b.Words.Length);
        return shorter == 0 ? 0 : Math.Min(1.0, Shared(a, b).Sum(r => r.Words) / (double)shorter);
    }

    /// <summary>True when most of one text is in the other: a copy, maybe with a changed headline or an added paragraph.</summary>
    public static bool NearDuplicate(Fingerprinted a, Fingerprinted b) => Overlap(a, b) >= 0.8;

    private static ulong Hash(string[] words, int start)
    {
        var h = 14695981039346656037UL;
        for (var i = start; i < start + ShingleWords; i++)
        {
            foreach (var c in words[i]) { h ^= c; h *= 1099511628211UL; }
            h ^= ' '; h *= 1099511628211UL;
        }
        return h;
    }
}
