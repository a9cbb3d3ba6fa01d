using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// What one line of a text dump looks like, measured without knowing any site: its length in
/// characters and words, how many of its words are stop words (running prose has many, menus and
/// tickers few), how it ends, how it starts. Stop words are Lucene's Indonesian and English sets.
/// </summary>
internal readonly record struct LineFeatures(int Chars, int Words, double StopRatio, double DigitRatio, bool EndsSentence, bool StartsUpper, bool StartsLower)
{
    private static readonly Lucene.Net.Analysis.Util.CharArraySet Indonesian = IndonesianAnalyzer.DefaultStopSet;
    private static readonly Lucene.Net.Analysis.Util.CharArraySet English = EnglishAnalyzer.DefaultStopSet;

    /// <summary>Words of running text: enough words, mostly sentences, many stop words.</summary>
    // A long sentence is prose even when it is dense with nouns, as news leads often are
    // ('Bandung - Rencana anggaran air bersih tahap 2 dibicarakan dalam rapat dewan kota ...').
    public bool IsProse => Words >= 8 && Chars >= 50 && DigitRatio < 0.3
        && ((EndsSentence && (StopRatio >= 0.1 || (Words >= 15 && StopRatio >= 0.04))) || (Chars >= 160 && StopRatio >= 0.05));

    /// <summary>A short line that could be a headline or a heading: capitalised, not a sentence.</summary>
    public bool IsTitleLike => Words is >= 2 and <= 25 && Chars <= 220 && !EndsWithPeriod && (StartsUpper || char.IsDigit(FirstChar)) && DigitRatio < 0.3;

    public bool EndsWithPeriod { get; init; }
    public char FirstChar { get; init; }

    public static LineFeatures Of(string line)
    {
        var words = 0;
        var stops = 0;
        var letters = 0;
        var digits = 0;
        var start = -1;
        var buffer = new char[20];
        for (var i = 0; i <= line.Length; i++)
        {
            var inWord = i < line.Length && char.IsLetterOrDigit(line[i]);
            if (i < line.Length)
            {
                if (char.IsLetter(line[i])) letters++;
                else if (char.IsDigit(line[i])) digits++;
            }
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words++;
                var word = line.AsSpan(start, i - start);
                if (word.Length <= 20)
                {
                    word.ToLowerInvariant(buffer);
                    if (Indonesian.Contains(buffer, 0, word.Length) || English.Contains(buffer, 0, word.Length)) stops++;
                }
                start = -1;
            }
        }
        var trimmed = line.TrimEnd();
        var last = trimmed.Length > 0 ? trimmed[^1] : ' ';
        var first = line.FirstOrDefault(c => char.IsLetterOrDigit(c));
        return new LineFeatures(
            line.Length,
            words,
            words == 0 ? 0 : (double)stops / words,
            letters + digits == 0 ? 0 : (double)digits / (letters + digits),
            last is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or '…' or ':' or ')',
            char.IsUpper(first),
            char.IsLower(first))
        {
            EndsWithPeriod = last == '.' && !trimmed.EndsWith("...", StringComparison.Ordinal),
            FirstChar = first,
        };
    }
}
