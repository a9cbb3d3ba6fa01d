namespace Kabar.Annotation.Entities.Tagging;

/// <summary>
/// Turns a sentence's words into feature hashes: a fixed number (<see cref="Count"/>) per token,
/// each already reduced to a row of the weight table, so tagging only adds up table entries.
/// The features: the word as written and lower-cased, its shape, prefixes and suffixes, the
/// words and shapes two to either side, word pairs, capitalisation around it, whether it opens
/// the sentence, and whether it lies in a known name or a role phrase of <see cref="EntityLexicon"/>.
/// </summary>
internal static class TokenFeatures
{
    public const int Count = 43;

    private enum T
    {
        Bias, Word, Lower, Shape, Short, Pre1, Pre2, Pre3, Pre4, Suf1, Suf2, Suf3, Suf4,
        LowerM1, LowerM2, LowerP1, LowerP2, PairM1, PairP1, ShortM1, ShortP1, ShortTri,
        FirstShort, Gaz, GazM1, GazP1, WordM1, WordP1, Length, ShortM1Lower, LowerShortP1,
        Acronym, Role, RoleM1, RoleM2, GazShort, ShortM2, ShortP2, PairM2M1, SufM1, Class, ClassM1, ClassP1,
    }

    /// <summary>Per-sentence views of the words that several features share.</summary>
    private sealed class Views
    {
        public required string[] Lower;
        public required string[] Shape;
        public required string[] Short;
        public required string[] Gaz;
        public required bool[] Role;
        public required string[] Class;
    }

    /// <summary>Fills <paramref name="rows"/> (length words × <see cref="Count"/>) with weight-table rows.</summary>
    public static void Extract(IReadOnlyList<string> words, EntityLexicon lexicon, int mask, int[] rows)
    {
        var v = MakeViews(words, lexicon);
        var n = words.Count;
        for (var i = 0; i < n; i++)
        {
            var o = i * Count;
            var lower = v.Lower[i];
            rows[o + (int)T.Bias] = Row(T.Bias, "", mask);
            rows[o + (int)T.Word] = Row(T.Word, words[i], mask);
            rows[o + (int)T.Lower] = Row(T.Lower, lower, mask);
            rows[o + (int)T.Shape] = Row(T.Shape, v.Shape[i], mask);
            rows[o + (int)T.Short] = Row(T.Short, v.Short[i], mask);
            rows[o + (int)T.Pre1] = Row(T.Pre1, Prefix(lower, 1), mask);
            rows[o + (int)T.Pre2] = Row(T.Pre2, Prefix(lower, 2), mask);
            rows[o + (int)T.Pre3] = Row(T.Pre3, Prefix(lower, 3), mask);
            rows[o + (int)T.Pre4] = Row(T.Pre4, Prefix(lower, 4), mask);
            rows[o + (int)T.Suf1] = Row(T.Suf1, Suffix(lower, 1), mask);
            rows[o + (int)T.Suf2] = Row(T.Suf2, Suffix(lower, 2), mask);
            rows[o + (int)T.Suf3] = Row(T.Suf3, Suffix(lower, 3), mask);
            rows[o + (int)T.Suf4] = Row(T.Suf4, Suffix(lower, 4), mask);
            rows[o + (int)T.LowerM1] = Row(T.LowerM1, At(v.Lower, i - 1), mask);
            rows[o + (int)T.LowerM2] = Row(T.LowerM2, At(v.Lower, i - 2), mask);
            rows[o + (int)T.LowerP1] = Row(T.LowerP1, At(v.Lower, i + 1), mask);
            rows[o + (int)T.LowerP2] = Row(T.LowerP2, At(v.Lower, i + 2), mask);
            rows[o + (int)T.PairM1] = Row(T.PairM1, At(v.Lower, i - 1), lower, mask);
            rows[o + (int)T.PairP1] = Row(T.PairP1, lower, At(v.Lower, i + 1), mask);
            rows[o + (int)T.PairM2M1] = Row(T.PairM2M1, At(v.Lower, i - 2), At(v.Lower, i - 1), mask);
            rows[o + (int)T.ShortM1] = Row(T.ShortM1, At(v.Short, i - 1), mask);
            rows[o + (int)T.ShortP1] = Row(T.ShortP1, At(v.Short, i + 1), mask);
            rows[o + (int)T.ShortM2] = Row(T.ShortM2, At(v.Short, i - 2), mask);
            rows[o + (int)T.ShortP2] = Row(T.ShortP2, At(v.Short, i + 2), mask);
            rows[o + (int)T.ShortTri] = Row(T.ShortTri, At(v.Short, i - 1), v.Short[i], At(v.Short, i + 1), mask);
            rows[o + (int)T.FirstShort] = Row(T.FirstShort, i == 0 ? "first" : "", v.Short[i], mask);
            rows[o + (int)T.Gaz] = Row(T.Gaz, v.Gaz[i], mask);
            rows[o + (int)T.GazM1] = Row(T.GazM1, At(v.Gaz, i - 1), mask);
            rows[o + (int)T.GazP1] = Row(T.GazP1, At(v.Gaz, i + 1), mask);
            rows[o + (int)T.GazShort] = Row(T.GazShort, v.Gaz[i], v.Short[i], mask);
            rows[o + (int)T.WordM1] = Row(T.WordM1, i > 0 ? words[i - 1] : "<s>", mask);
            rows[o + (int)T.WordP1] = Row(T.WordP1, i + 1 < n ? words[i + 1] : "</s>", mask);
            rows[o + (int)T.Length] = Row(T.Length, LengthClass(lower.Length), mask);
            rows[o + (int)T.ShortM1Lower] = Row(T.ShortM1Lower, At(v.Short, i - 1), lower, mask);
            rows[o + (int)T.LowerShortP1] = Row(T.LowerShortP1, lower, At(v.Short, i + 1), mask);
            rows[o + (int)T.Acronym] = Row(T.Acronym, IsAcronym(words[i]) ? "acr" : "", mask);
            rows[o + (int)T.Role] = Row(T.Role, v.Role[i] ? "role" : "", v.Short[i], mask);
            rows[o + (int)T.RoleM1] = Row(T.RoleM1, i > 0 && v.Role[i - 1] ? "role" : "", v.Short[i], mask);
            rows[o + (int)T.RoleM2] = Row(T.RoleM2, i > 1 && v.Role[i - 2] ? "role" : "", v.Short[i], mask);
            rows[o + (int)T.SufM1] = Row(T.SufM1, Suffix(At(v.Lower, i - 1), 3), mask);
            rows[o + (int)T.Class] = Row(T.Class, v.Class[i], v.Short[i], mask);
            rows[o + (int)T.ClassM1] = Row(T.ClassM1, At(v.Class, i - 1), v.Short[i], mask);
            rows[o + (int)T.ClassP1] = Row(T.ClassP1, At(v.Class, i + 1), v.Short[i], mask);
        }
    }

    private static Views MakeViews(IReadOnlyList<string> words, EntityLexicon lexicon)
    {
        var n = words.Count;
        var lower = new string[n];
        var shape = new string[n];
        var shortShape = new string[n];
        for (var i = 0; i < n; i++)
        {
            lower[i] = words[i].ToLowerInvariant();
            (shape[i], shortShape[i]) = Shapes(words[i]);
        }
        var classes = new string[n];
        for (var i = 0; i < n; i++) classes[i] = lexicon.WordClass(lower[i]);
        var gaz = new string[n];
        var role = new bool[n];
        Array.Fill(gaz, "");
        for (var i = 0; i < n;)
        {
            var length = lexicon.MatchName(lower, i, out var entry, words);
            if (length == 0) { i++; continue; }
            for (var k = 0; k < length; k++) gaz[i + k] = (k == 0 ? "B-" : "I-") + entry!.Type;
            i += length;
        }
        for (var i = 0; i < n;)
        {
            var length = lexicon.MatchRole(lower, i);
            if (length == 0) { i++; continue; }
            for (var k = 0; k < length; k++) role[i + k] = true;
            i += length;
        }
        return new Views { Lower = lower, Shape = shape, Short = shortShape, Gaz = gaz, Role = role, Class = classes };
    }

    /// <summary>'Lavrov' -> ('Xxxxxx', 'Xx'), 'OSCE' -> ('XXXX', 'X'), '10,20' -> ('dd,dd', 'd,d').</summary>
    private static (string Shape, string Short) Shapes(string word)
    {
        Span<char> full = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        Span<char> brief = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var b = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            full[i] = s;
            if (b == 0 || brief[b - 1] != s) brief[b++] = s;
        }
        var fullShape = word.Length > 6 ? new string(full[..6]) + "+" : new string(full);
        return (fullShape, new string(brief[..b]));
    }

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2 || word.Length > 6) return false;
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c)) upper++;
            else if (!char.IsDigit(c) && c != '-' && c != '.') return false;
        }
        return upper >= 2;
    }

    private static string LengthClass(int length) => length switch { 1 => "1", 2 => "2", 3 => "3", <= 5 => "4-5", <= 8 => "6-8", _ => "9+" };
    private static ReadOnlySpan<char> Prefix(string s, int n) => s.Length > n ? s.AsSpan(0, n) : s;
    private static ReadOnlySpan<char> Suffix(string s, int n) => s.Length > n ? s.AsSpan(s.Length - n) : s;
    private static string At(string[] values, int i) => i < 0 ? "<s>" : i >= values.Length ? "</s>" : values[i];

    private static int Row(T t, ReadOnlySpan<char> a, int mask) =>
        FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Start((int)t), a), mask);

    private static int Row(T t, ReadOnlySpan<char> a, ReadOnlySpan<char> b, int mask) =>
        FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Separate(FeatureHash.Add(FeatureHash.Start((int)t), a)), b), mask);

    private static int Row(T t, ReadOnlySpan<char> a, ReadOnlySpan<char> b, ReadOnlySpan<char> c, int mask) =>
        FeatureHash.Bucket(FeatureHash.Add(FeatureHash.Separate(FeatureHash.Add(FeatureHash.Separate(
            FeatureHash.Add(FeatureHash.Start((int)t), a)), b)), c), mask);
}
