using System.Buffers;
namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// Turns a sentence's words into feature hashes: a fixed number (<see cref="Count"/>) per token,
/// each already reduced to a row of the weight table, so tagging only adds up table entries.
/// The features: the word as written and lower-cased, its shape, prefixes and suffixes, the
/// words and shapes two to either side, word pairs, capitalisation around it, whether it opens
/// the sentence, whether it lies in a known name or a role phrase of <see cref="EntityLexicon"/>,
/// and its word class (given name, organisation or place head word).
/// Each token's strings are hashed once and features combine those hashes, so a sentence costs
/// one pass over its characters and no strings beyond the lower-cased words.
/// </summary>
internal static class TokenFeatures
{
    public const int Count = 48;

    /// <summary>The hash template of the lower-cased word, which <see cref="WordClusters"/> keys on.</summary>
    internal const int LowerTemplate = 2;

    private enum T
    {
        Bias, Word, Lower, Shape, Short, Pre1, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4,
        LowerM1, LowerM2, LowerP1, LowerP2, PairM1, PairP1, ShortM1, ShortP1, ShortTri,
        FirstShort, Gaz, GazM1, GazP1, WordM1, WordP1, Length, ShortM1Lower, LowerShortP1,
        Acronym, Role, RoleM1, RoleM2, GazShort, ShortM2, ShortP2, PairM2M1, SufM1, Class, ClassM1, ClassP1,
        Fine, Coarse, FineM1, FineP1, FineShort,
    }

    private const uint Before = 0x5BD1E995;  // stands for the words before the sentence
    private const uint After = 0x27D4EB2F;   // and after it
    private const uint None = 0x165667B1;    // 'not in a name', 'no class'
    private const uint Yes = 0x85EBCA77;

    /// <summary>Per-token hashes that several features share.</summary>
    private struct TokenHashes
    {
        public uint Word, Lower, Shape, Short, Gaz, Class, Length, Fine, Coarse;
        public uint Pre1, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4;
        public bool Role, Acronym;
    }

    /// <summary>Fills <paramref name="rows"/> (length words × <see cref="Count"/>) with weight-table rows.</summary>
    public static void Extract(IReadOnlyList<string> words, EntityLexicon lexicon, WordClusters clusters, int mask, int[] rows) =>
        Extract(words, Lowered(words), lexicon, clusters, mask, rows);

    /// <summary>The words lower-cased, as every feature of the lower-cased word reads them.</summary>
    public static string[] Lowered(IReadOnlyList<string> words)
    {
        var lower = new string[words.Count];
        for (var i = 0; i < lower.Length; i++) lower[i] = words[i].ToLowerInvariant();
        return lower;
    }

    /// <summary>As above, with the words already lower-cased (the annotator has them), so no string is made.</summary>
    public static void Extract(IReadOnlyList<string> words, string[] lower, EntityLexicon lexicon, WordClusters clusters, int mask, int[] rows)
    {
        var n = words.Count;
        var h = ArrayPool<TokenHashes>.Shared.Rent(n);
        Array.Clear(h, 0, n);
        for (var i = 0; i < n; i++) Describe(words[i], lower[i], lexicon, clusters, ref h[i]);
        MarkNames(words, lower, lexicon, h);

        for (var i = 0; i < n; i++)
        {
            var o = i * Count;
            ref var t = ref h[i];
            uint LowerAt(int k) => k < 0 ? Before : k >= n ? After : h[k].Lower;
            uint ShortAt(int k) => k < 0 ? Before : k >= n ? After : h[k].Short;
            uint GazAt(int k) => k < 0 ? Before : k >= n ? After : h[k].Gaz;
            uint ClassAt(int k) => k < 0 ? Before : k >= n ? After : h[k].Class;
            uint FineAt(int k) => k < 0 ? Before : k >= n ? After : h[k].Fine;
            uint SufM1 = i > 0 ? h[i - 1].Suf3 : Before;

            rows[o + (int)T.Bias] = Row(T.Bias, 0, mask);
            rows[o + (int)T.Word] = Row(T.Word, t.Word, mask);
            rows[o + (int)T.Lower] = Row(T.Lower, t.Lower, mask);
            rows[o + (int)T.Shape] = Row(T.Shape, t.Shape, mask);
            rows[o + (int)T.Short] = Row(T.Short, t.Short, mask);
            rows[o + (int)T.Pre1] = Row(T.Pre1, t.Pre1, mask);
            rows[o + (int)T.Pre2] = Row(T.Pre2, t.Pre2, mask);
            rows[o + (int)T.Pre3] = Row(T.Pre3, t.Pre3, mask);
            rows[o + (int)T.Pre4] = Row(T.Pre4, t.Pre4, mask);
            rows[o + (int)T.Suf1] = Row(T.Suf1, t.Suf1, mask);
            rows[o + (int)T.Suf2] = Row(T.Suf2, t.Suf2, mask);
            rows[o + (int)T.Suf3] = Row(T.Suf3, t.Suf3, mask);
            rows[o + (int)T.Suf4] = Row(T.Suf4, t.Suf4, mask);
            rows[o + (int)T.LowerM1] = Row(T.LowerM1, LowerAt(i - 1), mask);
            rows[o + (int)T.LowerM2] = Row(T.LowerM2, LowerAt(i - 2), mask);
            rows[o + (int)T.LowerP1] = Row(T.LowerP1, LowerAt(i + 1), mask);
            rows[o + (int)T.LowerP2] = Row(T.LowerP2, LowerAt(i + 2), mask);
            rows[o + (int)T.PairM1] = Row(T.PairM1, LowerAt(i - 1), t.Lower, mask);
            rows[o + (int)T.PairP1] = Row(T.PairP1, t.Lower, LowerAt(i + 1), mask);
            rows[o + (int)T.PairM2M1] = Row(T.PairM2M1, LowerAt(i - 2), LowerAt(i - 1), mask);
            rows[o + (int)T.ShortM1] = Row(T.ShortM1, ShortAt(i - 1), mask);
            rows[o + (int)T.ShortP1] = Row(T.ShortP1, ShortAt(i + 1), mask);
            rows[o + (int)T.ShortM2] = Row(T.ShortM2, ShortAt(i - 2), mask);
            rows[o + (int)T.ShortP2] = Row(T.ShortP2, ShortAt(i + 2), mask);
            rows[o + (int)T.ShortTri] = Row(T.ShortTri, ShortAt(i - 1), t.Short, ShortAt(i + 1), mask);
            rows[o + (int)T.FirstShort] = Row(T.FirstShort, i == 0 ? Yes : None, t.Short, mask);
            rows[o + (int)T.Gaz] = Row(T.Gaz, t.Gaz, mask);
            rows[o + (int)T.GazM1] = Row(T.GazM1, GazAt(i - 1), mask);
            rows[o + (int)T.GazP1] = Row(T.GazP1, GazAt(i + 1), mask);
            rows[o + (int)T.GazShort] = Row(T.GazShort, t.Gaz, t.Short, mask);
            rows[o + (int)T.WordM1] = Row(T.WordM1, i > 0 ? h[i - 1].Word : Before, mask);
            rows[o + (int)T.WordP1] = Row(T.WordP1, i + 1 < n ? h[i + 1].Word : After, mask);
            rows[o + (int)T.Length] = Row(T.Length, t.Length, mask);
            rows[o + (int)T.ShortM1Lower] = Row(T.ShortM1Lower, ShortAt(i - 1), t.Lower, mask);
            rows[o + (int)T.LowerShortP1] = Row(T.LowerShortP1, t.Lower, ShortAt(i + 1), mask);
            rows[o + (int)T.Acronym] = Row(T.Acronym, t.Acronym ? Yes : None, mask);
            rows[o + (int)T.Role] = Row(T.Role, t.Role ? Yes : None, t.Short, mask);
            rows[o + (int)T.RoleM1] = Row(T.RoleM1, i > 0 && h[i - 1].Role ? Yes : None, t.Short, mask);
            rows[o + (int)T.RoleM2] = Row(T.RoleM2, i > 1 && h[i - 2].Role ? Yes : None, t.Short, mask);
            rows[o + (int)T.SufM1] = Row(T.SufM1, SufM1, mask);
            rows[o + (int)T.Class] = Row(T.Class, t.Class, t.Short, mask);
            rows[o + (int)T.ClassM1] = Row(T.ClassM1, ClassAt(i - 1), t.Short, mask);
            rows[o + (int)T.ClassP1] = Row(T.ClassP1, ClassAt(i + 1), t.Short, mask);
            rows[o + (int)T.Fine] = Row(T.Fine, t.Fine, mask);
            rows[o + (int)T.Coarse] = Row(T.Coarse, t.Coarse, mask);
            rows[o + (int)T.FineM1] = Row(T.FineM1, FineAt(i - 1), mask);
            rows[o + (int)T.FineP1] = Row(T.FineP1, FineAt(i + 1), mask);
            rows[o + (int)T.FineShort] = Row(T.FineShort, t.Fine, t.Short, mask);
        }
        ArrayPool<TokenHashes>.Shared.Return(h);
    }

    /// <summary>Hashes of one word: itself, lower-cased, its shapes ('Lavrov' -> 'Xxxxxx', 'Xx'), prefixes, suffixes, length.</summary>
    private static void Describe(string word, string lower, EntityLexicon lexicon, WordClusters clusters, ref TokenHashes t)
    {
        t.Word = FeatureHash.Add(FeatureHash.Start(1), word);
        t.Lower = WordClusters.KeyOf(lower);
        uint shape = FeatureHash.Start(3), brief = FeatureHash.Start(4);
        var last = '\0';
        int upper = 0, other = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (i < 6) shape = FeatureHash.Add(shape, s);
            else if (i == 6) shape = FeatureHash.Add(shape, '+');
            if (s != last) brief = FeatureHash.Add(brief, s);
            last = s;
            if (s == 'X') upper++;
            else if (s != 'd' && c != '-' && c != '.') other++;
        }
        t.Shape = shape;
        t.Short = brief;
        t.Acronym = word.Length is >= 2 and <= 6 && upper >= 2 && other == 0;
        t.Length = (uint)(lower.Length switch { 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 8 => 5, _ => 6 });
        var p = FeatureHash.Start(5);
        var q = FeatureHash.Start(6);
        for (var k = 0; k < 4; k++)
        {
            // A word shorter than k+1 letters gives its whole self as the longer prefixes and suffixes.
            if (k < lower.Length)
            {
                p = FeatureHash.Add(p, lower[k]);
                q = FeatureHash.Add(q, lower[lower.Length - 1 - k]);
            }
            switch (k)
            {
                case 0: t.Pre1 = p; t.Suf1 = q; break;
                case 1: t.Pre2 = p; t.Suf2 = q; break;
                case 2: t.Pre3 = p; t.Suf3 = q; break;
                default: t.Pre4 = p; t.Suf4 = q; break;
            }
        }
        var wordClass = lexicon.WordClassByKey(t.Lower);
        t.Class = wordClass.Length == 0 ? None : FeatureHash.Add(FeatureHash.Start(7), wordClass);
        t.Gaz = None;
        if (clusters.TryGet(t.Lower, out var fine, out var coarse))
        {
            t.Fine = fine + 1u;
            t.Coarse = coarse + 1u;
        }
        else t.Fine = t.Coarse = None;
    }

    /// <summary>Marks tokens inside known names (B-/I- and the type) and inside role phrases, longest match first.</summary>
    private static void MarkNames(IReadOnlyList<string> words, string[] lower, EntityLexicon lexicon, TokenHashes[] h)
    {
        var n = lower.Length;
        for (var i = 0; i < n;)
        {
            var length = lexicon.MatchName(lower, i, out var entry, words);
            if (length == 0) { i++; continue; }
            var type = FeatureHash.Add(FeatureHash.Start(8), entry!.Type);
            for (var k = 0; k < length; k++) h[i + k].Gaz = FeatureHash.Add(type, k == 0 ? 'B' : 'I');
            i += length;
        }
        for (var i = 0; i < n;)
        {
            var length = lexicon.MatchRole(lower, i);
            if (length == 0) { i++; continue; }
            for (var k = 0; k < length; k++) h[i + k].Role = true;
            i += length;
        }
    }

    private static uint Mix(uint hash, uint value)
    {
        hash = (hash ^ value) * 0x9E3779B1u;
        return hash ^ (hash >> 16);
    }

    private static int Row(T t, uint a, int mask) => FeatureHash.Bucket(Mix(FeatureHash.Start((int)t + 100), a), mask);
    private static int Row(T t, uint a, uint b, int mask) => FeatureHash.Bucket(Mix(Mix(FeatureHash.Start((int)t + 100), a), b), mask);
    private static int Row(T t, uint a, uint b, uint c, int mask) =>
        FeatureHash.Bucket(Mix(Mix(Mix(FeatureHash.Start((int)t + 100), a), b), c), mask);
}
