using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Kabar.Language;

/// <summary>
/// Index terms for search and similarity: Lucene.Net's Indonesian analyzer (lower case, stop words,
/// Indonesian stemmer) for Indonesian and Malay, its English analyzer (possessives, stop words,
/// Porter stemmer) for English, and a plain lower-casing analyzer for anything else.
/// Never feed this to quote or time extraction: the stop lists hold 'kata', 'ujar', 'lalu', 'depan'.
/// Lucene analyzers keep per-thread components, so this is safe to call from many threads.
/// </summary>
public static class TextAnalysis
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly Analyzer Indonesian = new IndonesianAnalyzer(Version);
    private static readonly Analyzer English = new EnglishAnalyzer(Version);
    private static readonly Analyzer Other = new StandardAnalyzer(Version, CharArraySet.Empty);

    /// <summary>The analyzer for an ISO 639-1 code; Indonesian when the language is unknown, since Kabar reads Indonesian news first.</summary>
    public static Analyzer AnalyzerFor(string? language) => language switch
    {
        null or "" or "id" or "ms" => Indonesian,
        "en" => English,
        _ => Other,
    };

    /// <summary>The stop words of the analyzer for <paramref name="language"/> (empty for languages without a list).</summary>
    public static CharArraySet StopWords(string? language) => language switch
    {
        null or "" or "id" or "ms" => IndonesianAnalyzer.DefaultStopSet,
        "en" => EnglishAnalyzer.DefaultStopSet,
        _ => CharArraySet.Empty,
    };

    public static bool IsStopWord(string word, string? language) => StopWords(language).Contains(word);

    /// <summary>The stemmed, stop-word-free terms of <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<string> Terms(string text, string? language)
    {
        var terms = new List<string>();
        Analyze(text, language, terms);
        return terms;
    }

    /// <summary>
    /// The stem of one word as the analyzer indexes it: null for stop words and punctuation; parts
    /// the analyzer splits (AS-Rusia) are joined with '-'.
    /// </summary>
    public static string? Stem(string word, string? language)
    {
        var terms = new List<string>(2);
        Analyze(word, language, terms);
        return terms.Count switch
        {
            0 => null,
            1 => terms[0],
            _ => string.Join('-', terms),
        };
    }

    private static void Analyze(string text, string? language, List<string> terms)
    {
        using var stream = AnalyzerFor(language).GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
    }
}
