using System.Buffers;
using System.Numerics;
using System.Text;
using Lingua;

namespace Kabar.Language;

/// <summary>
/// Lingua's low-accuracy (trigram) detector over a few Latin-script languages, computed the way Lingua
/// computes it but with one table look-up per distinct trigram for all languages at once and no
/// allocation per call. It gives Lingua's answer and Lingua's confidence to the last bit (tests compare the
/// two): the same text clean-up, the same alphabet rule, the same back-off from a trigram to its bigram and
/// unigram prefix, the log-probabilities added in the same order (the trigrams' first occurrence, the order
/// Lingua's set of them keeps) and normalised the same way.
/// Lingua's language rules (unique letters, one-language alphabets, letters shared by a few languages)
/// name none of the languages it is built for, so only the alphabet rule is repeated; the constructor
/// refuses languages for which that is not so.
/// </summary>
public sealed class TrigramScorer
{
    private readonly Lingua.Language[] _languages;
    private readonly ulong[] _keys; // open addressing, linear probing; 0 marks a free slot (keys carry their length, so none is 0)
    private readonly int[] _rowOfKey;
    private readonly double[] _logs; // _languages.Length log-probabilities per row; 0 where a language has no n-gram of it

    /// <summary>Letters that Lingua's rules tie to a language of the detector this scorer stands in for (<see cref="ForLatinLanguagesOf"/>); empty for the simple four.</summary>
    private readonly HashSet<char> _ruledLetters = [];

    /// <param name="languages">In the order Lingua's detector holds them (the order given to its builder): ties go to the earlier one, as in Lingua.</param>
    public TrigramScorer(params Lingua.Language[] languages) : this(languages, checkRules: true) { }

    private TrigramScorer(Lingua.Language[] languages, bool checkRules)
    {
        if (checkRules)
            foreach (var language in languages)
                if (!SimpleLatinLanguages.Contains(language))
                    throw new ArgumentException($"{language} has language rules of its own in Lingua that this scorer does not repeat");
        _languages = languages;
        var models = languages.Select(l => Enumerable.Range(1, 3)
            .Select(order => LinguaModelFile.Read(l.IsoCode6391().ToString().ToLowerInvariant(), order)).ToArray()).ToArray();
        var rows = new Dictionary<ulong, int>();
        var logs = new List<double>();
        // A text trigram missing from every trigram model backs off, for every language, to its bigram
        // prefix; one missing from every bigram model too, to its first letter: three tables, each row
        // holding what each language adds, with the back-off already taken for languages that lack the n-gram.
        // (Rows are numbered as n-grams are first met; the numbering changes no sum.)
        for (var order = 3; order >= 1; order--)
            foreach (var ngram in models.SelectMany(m => m[order - 1].Keys))
            {
                if (ngram.Length != order) continue; // Lingua looks up n-grams of exactly this many chars
                if (!rows.TryAdd(Key(ngram), logs.Count / languages.Length)) continue;
                foreach (var model in models) logs.Add(LogProbability(model, ngram));
            }
        _logs = logs.ToArray();
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        _keys = new ulong[size];
        _rowOfKey = new int[size];
        foreach (var (key, row) in rows)
        {
            var slot = Slot(key, size - 1);
            while (_keys[slot] != 0) slot = (slot + 1) & (size - 1);
            (_keys[slot], _rowOfKey[slot]) = (key, row);
        }
    }

    private static int Slot(ulong key, int mask) => (int)((key * 0x9E3779B97F4A7C15UL) >> 40) & mask;

    /// <summary>Latin-script languages without unique letters, a one-language alphabet or an entry in Lingua's table of letters few languages share.</summary>
    private static readonly HashSet<Lingua.Language> SimpleLatinLanguages =
        [Lingua.Language.Indonesian, Lingua.Language.Malay, Lingua.Language.English, Lingua.Language.Tagalog];

    /// <summary>What Lingua adds for <paramref name="ngram"/> in one language: the log of the first of it and its shorter prefixes the language's models know.</summary>
    private static double LogProbability(Dictionary<string, double>[] model, string ngram)
    {
        for (var length = ngram.Length; length >= 1; length--)
            if (model[length - 1].TryGetValue(ngram[..length], out var probability) && probability > 0)
                return Math.Log(probability);
        return 0;
    }

    private static ulong Key(ReadOnlySpan<char> ngram)
    {
        ulong key = (ulong)ngram.Length << 48;
        for (var i = 0; i < ngram.Length; i++) key |= (ulong)ngram[i] << (16 * i);
        return key;
    }

    /// <summary>The language Lingua's <c>ComputeLanguageConfidenceValues</c> ranks first for <paramref name="text"/> and its confidence (0–1); <see cref="Lingua.Language.Unknown"/> and 0 when Lingua gives every language 0.</summary>
    public (Lingua.Language Language, double Confidence) Best(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(2 * text.Length));
        try
        {
            var cleaned = CleanUp(text, buffer);
            if (cleaned.Length < 3 || !HasLetter(cleaned) || !LatinWins(cleaned)) return (Lingua.Language.Unknown, 0);
            return Rank(cleaned);
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// A scorer standing in for Lingua's low-accuracy detector over <paramref name="candidates"/> (any scripts) on the
    /// texts whose letters leave Lingua's rules nothing to decide (<see cref="DetectLikeLingua"/>): there the rules keep
    /// exactly the candidates written in the Latin alphabet, and Lingua's answer is the trigram ranking among them.
    /// </summary>
    public static TrigramScorer ForLatinLanguagesOf(IReadOnlyList<Lingua.Language> candidates)
    {
        var latin = LanguageInfo.AllWithLatinScript();
        var scorer = new TrigramScorer(candidates.Where(latin.Contains).ToArray(), checkRules: false);
        foreach (var language in candidates)
            foreach (var c in LanguageInfo.UniqueCharacters(language) ?? "")
                scorer._ruledLetters.Add(char.ToLowerInvariant(c));
        return scorer;
    }

    /// <summary>
    /// What Lingua's <c>DetectLanguageOf</c> answers for <paramref name="text"/> with a low-accuracy detector over the
    /// candidates given to <see cref="ForLatinLanguagesOf"/>, or null when this scorer cannot vouch for it (then ask
    /// Lingua): when a letter is not Latin or is one a candidate's rules know as its own, when no word is wholly
    /// Latin (Lingua then keeps every candidate), when letters outside ASCII (those Lingua's table maps to a few
    /// languages) are frequent enough that the table could narrow the languages (it does when a language's count
    /// reaches half the words), and when the two best tie (Lingua answers Unknown).
    /// </summary>
    public Lingua.Language? DetectLikeLingua(ReadOnlySpan<char> text)
    {
        char[]? rented = null;
        Span<char> buffer = text.Length <= 512 ? stackalloc char[512] : (rented = ArrayPool<char>.Shared.Rent(2 * text.Length));
        try
        {
            var cleaned = CleanUp(text, buffer);
            if (cleaned.Length < 3 || !RulesKeepEveryLatinCandidate(cleaned)) return null;
            var (best, confidence, second) = RankTwo(cleaned);
            return best == Lingua.Language.Unknown || confidence == second ? null : best;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }

    private bool RulesKeepEveryLatinCandidate(ReadOnlySpan<char> cleaned)
    {
        var words = 0;
        var latinWords = 0;
        var mappable = 0;
        var i = 0;
        while (i < cleaned.Length)
        {
            if (cleaned[i] == ' ') { i++; continue; }
            words++;
            var whollyLatin = true;
            for (; i < cleaned.Length && cleaned[i] != ' '; i++)
            {
                var c = cleaned[i];
                if (Scripts.IsLogogram(c)) return false;
                var alphabet = Scripts.AlphabetOf(c);
                if (alphabet != Scripts.Latin)
                {
                    if (alphabet != Scripts.NoAlphabet || char.IsLetter(c)) return false;
                    whollyLatin = false;
                    continue;
                }
                if (c < 128) continue;
                if (_ruledLetters.Contains(c)) return false;
                mappable++;
            }
            if (whollyLatin) latinWords++;
        }
        // Each letter outside ASCII adds at most one to a language's count per word it is in; counted twice here
        // to leave room should a letter stand in two of Lingua's groups.
        return latinWords > 0 && 2 * mappable < 0.5 * words;
    }

    private (Lingua.Language, double) Rank(ReadOnlySpan<char> cleaned)
    {
        var (best, confidence, _) = RankTwo(cleaned);
        return (best, confidence);
    }

    /// <summary>The first language, its confidence and the second-best confidence, as Lingua ranks them.</summary>
    private (Lingua.Language, double, double) RankTwo(ReadOnlySpan<char> cleaned)
    {
        Span<double> sums = stackalloc double[_languages.Length];
        sums.Clear();
        var seenSize = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * cleaned.Length));
        ulong[]? rented = null;
        Span<ulong> seen = seenSize <= 2048 ? stackalloc ulong[seenSize] : (rented = ArrayPool<ulong>.Shared.Rent(seenSize)).AsSpan(0, seenSize);
        seen.Clear();
        try
        {
            var i = 0;
            while (i < cleaned.Length)
            {
                if (!char.IsLetter(cleaned[i])) { i++; continue; }
                var start = i;
                while (i < cleaned.Length && char.IsLetter(cleaned[i])) i++;
                for (var j = start; j + 3 <= i; j++)
                {
                    var trigram = cleaned.Slice(j, 3);
                    if (!FirstTime(seen, Key(trigram))) continue;
                    var row = RowOf(trigram);
                    if (row < 0) continue;
                    var logs = _logs.AsSpan(row * _languages.Length, _languages.Length);
                    for (var l = 0; l < sums.Length; l++) sums[l] += logs[l];
                }
            }
        }
        finally
        {
            if (rented is not null) ArrayPool<ulong>.Shared.Return(rented);
        }
        return Normalise(sums);
    }

    private int RowOf(ReadOnlySpan<char> trigram)
    {
        for (var length = 3; length >= 1; length--)
        {
            var key = Key(trigram[..length]);
            var mask = _keys.Length - 1;
            for (var slot = Slot(key, mask); _keys[slot] != 0; slot = (slot + 1) & mask)
                if (_keys[slot] == key) return _rowOfKey[slot];
        }
        return -1;
    }

    /// <summary>Adds <paramref name="key"/> to an open-addressing set (0 marks a free slot; keys carry their length, so none is 0).</summary>
    private static bool FirstTime(Span<ulong> seen, ulong key)
    {
        var mask = seen.Length - 1;
        var slot = Slot(key, mask);
        while (seen[slot] != 0)
        {
            if (seen[slot] == key) return false;
            slot = (slot + 1) & mask;
        }
        seen[slot] = key;
        return true;
    }

    /// <summary>
    /// Lingua's confidence values: each language with a negative sum gets exp(sum) over the total; when every exp
    /// underflows to 0, the largest sum gets 1 (and the others 0). Gives the first and the second-best confidence.
    /// </summary>
    private (Lingua.Language, double, double) Normalise(ReadOnlySpan<double> sums)
    {
        var total = 0.0;
        var any = false;
        for (var l = 0; l < sums.Length; l++)
            if (sums[l] < 0) { total += Math.Exp(sums[l]); any = true; }
        if (!any) return (Lingua.Language.Unknown, 0, 0);
        var best = -1;
        if (total == 0)
        {
            for (var l = 0; l < sums.Length; l++)
                if (sums[l] < 0 && (best < 0 || sums[l] > sums[best])) best = l;
            return (_languages[best], 1.0, 0);
        }
        var bestConfidence = 0.0;
        var secondConfidence = 0.0;
        for (var l = 0; l < sums.Length; l++)
        {
            if (sums[l] >= 0) continue;
            var confidence = Math.Exp(sums[l]) / total;
            if (confidence > bestConfidence) (best, bestConfidence, secondConfidence) = (l, confidence, bestConfidence);
            else if (confidence > secondConfidence) secondConfidence = confidence;
        }
        return best < 0 ? (Lingua.Language.Unknown, 0, 0) : (_languages[best], bestConfidence, secondConfidence);
    }

    /// <summary>Lingua's <c>CleanUpInputText</c>: trimmed, lower-cased, punctuation and digits dropped, each run of white space one space.</summary>
    private static ReadOnlySpan<char> CleanUp(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        var length = 0;
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { space = true; continue; }
            if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var rune = Rune.ToLowerInvariant(new Rune(c, text[i + 1]));
                if (space) { buffer[length++] = ' '; space = false; }
                length += rune.EncodeToUtf16(buffer[length..]);
                i++;
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            if (char.IsPunctuation(lower) || char.IsNumber(lower)) continue;
            if (space) { buffer[length++] = ' '; space = false; }
            buffer[length++] = lower;
        }
        if (space) buffer[length++] = ' ';
        return buffer[..length];
    }

    private static bool HasLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }

    /// <summary>
    /// Lingua's alphabet rule (<c>FilterLanguagesByRules</c>) for Latin-only languages: the letters of the words
    /// written wholly in one alphabet are counted per alphabet; unless no word is, or two or more alphabets
    /// tie on every count, the alphabet counted most (the first such on a tie) must be Latin, or no language is left.
    /// </summary>
    private static bool LatinWins(ReadOnlySpan<char> cleaned)
    {
        Span<int> counts = stackalloc int[Scripts.AlphabetCount];
        Span<byte> order = stackalloc byte[Scripts.AlphabetCount]; // alphabets in the order first counted (Lingua's dictionary order)
        counts.Clear();
        var counted = 0;
        var i = 0;
        while (i < cleaned.Length)
        {
            // Lingua's words: split at spaces, and each logogram is a word of its own.
            if (cleaned[i] == ' ') { i++; continue; }
            var start = i;
            if (Scripts.IsLogogram(cleaned[i])) i++;
            else
                while (i < cleaned.Length && cleaned[i] != ' ' && !Scripts.IsLogogram(cleaned[i])) i++;
            var alphabet = Scripts.AlphabetOf(cleaned[start]);
            for (var j = start + 1; j < i && alphabet != Scripts.NoAlphabet; j++)
                if (Scripts.AlphabetOf(cleaned[j]) != alphabet) alphabet = Scripts.NoAlphabet;
            if (alphabet == Scripts.NoAlphabet) continue;
            if (counts[alphabet] == 0) order[counted++] = alphabet;
            counts[alphabet] += i - start;
        }
        if (counted == 0) return true;
        if (counted > 1)
        {
            var allEqual = true;
            for (var k = 1; k < counted; k++) allEqual &= counts[order[k]] == counts[order[0]];
            if (allEqual) return true;
        }
        var most = order[0];
        for (var k = 1; k < counted; k++)
            if (counts[order[k]] > counts[most]) most = order[k];
        return most == Scripts.Latin;
    }

    /// <summary>Lingua's script of every UTF-16 char, reduced to what its rules ask: which of its alphabets, and whether a logogram.</summary>
    private static class Scripts
    {
        private static readonly UnicodeScript[] AlphabetScripts =
        [
            UnicodeScript.Arabic, UnicodeScript.Armenian, UnicodeScript.Bengali, UnicodeScript.Cyrillic, UnicodeScript.Devanagari,
            UnicodeScript.Ethiopic, UnicodeScript.Georgian, UnicodeScript.Greek, UnicodeScript.Gujarati, UnicodeScript.Gurmukhi,
            UnicodeScript.Han, UnicodeScript.Hangul, UnicodeScript.Hebrew, UnicodeScript.Hiragana, UnicodeScript.Katakana,
            UnicodeScript.Latin, UnicodeScript.Sinhala, UnicodeScript.Tamil, UnicodeScript.Telugu, UnicodeScript.Thai,
        ];

        /// <summary>The scripts of the languages Lingua says write logograms (Chinese, Japanese, Korean).</summary>
        private static readonly UnicodeScript[] LogogramScripts =
            [UnicodeScript.Han, UnicodeScript.Hiragana, UnicodeScript.Katakana, UnicodeScript.Hangul];

        public static readonly int AlphabetCount = AlphabetScripts.Length;
        public const byte NoAlphabet = 255;
        public static readonly byte Latin = (byte)Array.IndexOf(AlphabetScripts, UnicodeScript.Latin);
        private const byte LogogramFlag = 128;

        private static readonly byte[] Table = Build();

        private static byte[] Build()
        {
            var table = new byte[char.MaxValue + 1];
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var script = ((char)c).GetScript();
                var alphabet = Array.IndexOf(AlphabetScripts, script);
                var entry = alphabet < 0 ? NoAlphabet : (byte)alphabet;
                if (!char.IsWhiteSpace((char)c) && Array.IndexOf(LogogramScripts, script) >= 0) entry |= LogogramFlag;
                table[c] = entry;
            }
            return table;
        }

        public static byte AlphabetOf(char c) => Table[c] == NoAlphabet ? NoAlphabet : (byte)(Table[c] & ~LogogramFlag);

        public static bool IsLogogram(char c) => Table[c] != NoAlphabet && (Table[c] & LogogramFlag) != 0;
    }
}
