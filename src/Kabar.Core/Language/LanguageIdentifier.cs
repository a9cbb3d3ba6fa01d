using Lingua;

namespace Kabar.Language;

/// <summary>
/// Identifies the language of a text as an ISO 639-1 code with Lingua. The detector is built once,
/// over the languages Indonesian news pages are written in or quote (so it stays fast and does not
/// confuse Indonesian with far-off languages), and reads at most the first
/// <see cref="SampleLength"/> characters, so a huge page costs no more than a long article.
/// </summary>
public static class LanguageIdentifier
{
    /// <summary>What <see cref="Identify"/> answers when the text is too short or too mixed to tell: Kabar reads Indonesian news first.</summary>
    public const string Default = "id";

    /// <summary>Fewer letters than this and the text is not worth asking about.</summary>
    public const int MinimumLetters = 12;

    public const int SampleLength = 2_000;

    /// <summary>The languages Kabar tells apart; only their Lingua models are shipped (Directory.Build.targets).</summary>
    public static IReadOnlyList<string> CandidateCodes => Candidates.Select(l => l.IsoCode6391().ToString().ToLowerInvariant()).ToList();

    private static readonly Lingua.Language[] Candidates =
    [
        Lingua.Language.Indonesian, Lingua.Language.English, Lingua.Language.Malay, Lingua.Language.Tagalog,
        Lingua.Language.Dutch, Lingua.Language.French, Lingua.Language.German, Lingua.Language.Spanish,
        Lingua.Language.Portuguese, Lingua.Language.Arabic, Lingua.Language.Russian, Lingua.Language.Chinese,
        Lingua.Language.Japanese, Lingua.Language.Korean,
    ];

    /// <summary>
    /// From this many characters on, Lingua's trigram-only (low accuracy) mode is as accurate as its
    /// full mode, and it loads in a tenth of the time (0.3 s against 3 s per process): the full
    /// models are loaded only if a short text comes along.
    /// </summary>
    public const int LongText = 120;

    private static readonly Lazy<LanguageDetector> ShortTextDetector = new(() =>
        LanguageDetectorBuilder.FromLanguages(Candidates).Build());

    private static readonly Lazy<LanguageDetector> LongTextDetector = new(() =>
        LanguageDetectorBuilder.FromLanguages(Candidates).WithLowAccuracyMode().Build());

    /// <summary>
    /// The languages almost every page Kabar reads is written in, and Tagalog, the Latin-script
    /// neighbour a detector without it calls Indonesian with full confidence. A detector over these alone
    /// costs a fraction of the full set's, so it decides first, on <see cref="FastSampleLength"/>
    /// characters; its answer stands only when it is sure the text is Indonesian. The full set is asked
    /// otherwise: a European text would look English to it, and on the IndoSum articles its Malay
    /// answers were Indonesian (docs/PERFORMANCE.md, bench/language).
    /// </summary>
    private static readonly Lingua.Language[] CommonCandidates =
        [Lingua.Language.Indonesian, Lingua.Language.Malay, Lingua.Language.English, Lingua.Language.Tagalog];

    /// <summary>
    /// On 500 characters the fast detector costs 30% less than on 1,000 over the pages of ../shared/data,
    /// and the 4 answers that differ from the full set's are Indonesian pages it calls Malay; on 300 it is
    /// wrong more often and no cheaper (docs/PERFORMANCE.md, bench/language).
    /// </summary>
    public const int FastSampleLength = 500;

    /// <summary>How sure the fast detector must be (Lingua's confidence, 0–1) for its answer to stand.</summary>
    public const double FastConfidence = 0.95;

    /// <summary>
    /// The fast detector: Lingua's low-accuracy detector over <see cref="CommonCandidates"/>, computed by Kabar's
    /// own scorer over Lingua's models (one look-up per trigram for all four, nothing allocated per call: about a
    /// sixth of Lingua's cost), with Lingua's answers and confidences to the last bit (LanguageIdentifierTests).
    /// </summary>
    private static readonly Lazy<TrigramScorer> CommonScorer = new(() => new TrigramScorer(CommonCandidates));

    private static readonly Lazy<LanguageDetector> CommonLongTextDetector = new(() =>
        LanguageDetectorBuilder.FromLanguages(CommonCandidates).WithLowAccuracyMode().Build());

    /// <summary>
    /// Loads the models every article's body needs, the fast detector's, so that loading is not
    /// charged to the first page. The full set's (ten more models, about 0.2 s of CPU) load when the
    /// first text the fast detector is unsure of comes along: a command that reads only Indonesian
    /// pages never pays for them.
    /// </summary>
    public static void Load()
    {
        const string warmUp = "Pemerintah kota mulai memperbaiki jalan yang rusak sebelum musim hujan tiba, kata wali kota kepada wartawan di balai kota.";
        CommonScorer.Value.Best(warmUp);
    }

    /// <summary>The ISO 639-1 code of <paramref name="text"/>'s language, or <paramref name="fallback"/> when it cannot be told.</summary>
    public static string Identify(string? text, string fallback = Default)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var common = IdentifyCommon(text);
        return common ?? IdentifyAmongAll(text, fallback);
    }

    /// <summary>"id" when the fast detector is sure of it on a long enough text; otherwise null.</summary>
    private static string? IdentifyCommon(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, FastSampleLength));
        if (sample.Length < LongText || CountLetters(sample) < MinimumLetters) return null;
        var (best, bestConfidence) = CommonScorer.Value.Best(sample);
        if (bestConfidence < FastConfidence) return null;
        return best == Lingua.Language.Indonesian ? "id" : null;
    }

    /// <summary>The fast detector's first language and its confidence on the sample <see cref="Identify"/> gives it, by Kabar's scorer.</summary>
    public static (string Language, double Confidence) CommonBest(string text) => Named(CommonScorer.Value.Best(FastSample(text)));

    /// <summary>The same by Lingua's own detector over the same languages: what <see cref="CommonBest"/> must equal (tests, bench/language).</summary>
    public static (string Language, double Confidence) CommonBestByLingua(string text)
    {
        Lingua.Language best = Lingua.Language.Unknown;
        var bestConfidence = 0.0;
        foreach (var (language, confidence) in CommonLongTextDetector.Value.ComputeLanguageConfidenceValues(FastSample(text).ToString()))
            if (confidence > bestConfidence) (best, bestConfidence) = (language, confidence);
        return Named((best, bestConfidence));
    }

    private static ReadOnlySpan<char> FastSample(string text) => text.AsSpan(0, Math.Min(text.Length, FastSampleLength));

    private static (string, double) Named((Lingua.Language Language, double Confidence) best) =>
        (best.Language == Lingua.Language.Unknown ? "" : best.Language.IsoCode6391().ToString().ToLowerInvariant(), best.Confidence);

    /// <summary>
    /// Lingua's long-text detector over every candidate, computed by Kabar's scorer for the texts where Lingua's
    /// letter rules have nothing to decide (most pages in Latin script: English ones, which the fast path hands on,
    /// among them); it answers what Lingua answers or declines (TrigramScorer.DetectLikeLingua), and Lingua is asked
    /// when it declines.
    /// </summary>
    private static readonly Lazy<TrigramScorer> LatinScorer = new(() => TrigramScorer.ForLatinLanguagesOf(Candidates));

    /// <summary>The answer of the detector over every candidate language (the path before the fast one; kept for texts the fast one is unsure of, and for comparing the two).</summary>
    public static string IdentifyAmongAll(string? text, string fallback = Default) => IdentifyAmongAll(text, fallback, byLinguaOnly: false);

    /// <summary>The same answer from Lingua's detectors alone: what <see cref="IdentifyAmongAll(string?, string)"/> must equal (tests, bench/language).</summary>
    public static string IdentifyAmongAllByLingua(string? text, string fallback = Default) => IdentifyAmongAll(text, fallback, byLinguaOnly: true);

    /// <summary><see cref="Identify"/> with the full set asked of Lingua alone (the path before Kabar's Latin scorer), for comparing the two.</summary>
    public static string IdentifyByLingua(string? text, string fallback = Default)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return IdentifyCommon(text) ?? IdentifyAmongAllByLingua(text, fallback);
    }

    private static string IdentifyAmongAll(string? text, string fallback, bool byLinguaOnly)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        if (CountLetters(sample) < MinimumLetters) return fallback;
        var language = !byLinguaOnly && sample.Length >= LongText ? LatinScorer.Value.DetectLikeLingua(sample) : null;
        language ??= (sample.Length >= LongText ? LongTextDetector : ShortTextDetector).Value.DetectLanguageOf(sample);
        if (language == Lingua.Language.Unknown) return fallback;
        return language.Value.IsoCode6391().ToString().ToLowerInvariant();
    }

    private static int CountLetters(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
            if (char.IsLetter(c)) letters++;
        return letters;
    }
}
