using System.Text;
using Kabar.Annotation;
using Kabar.Extraction;
using Kabar.Language;
using Kabar.Model;
using Kabar.Tests.Support;

namespace Kabar.Tests.Annotation;

/// <summary>
/// The sample articles as pages print them and as research corpora do (every token spaced, the whole
/// article on one line, '”' on both sides of every quote): the same quotes and the same speakers.
/// </summary>
public class QuoteSamplesTests
{
    private static readonly Lazy<List<Article>> Articles = new(() => Directory.GetFiles(Repo.Samples, "*.txt").Order()
        .Select(f => ArticleExtractor.ExtractBatch([new RawDocument(Path.GetFileName(f), File.ReadAllBytes(f))])[0])
        .OfType<ExtractionOutcome.Extracted>().Select(e => e.Article).ToList());

    /// <summary>Tokens joined by single spaces on one line, every double quotation mark written '”'.</summary>
    private static string Tokenised(string body)
    {
        var tokens = new List<Token>();
        TokenAnnotator.Tokenize(body, "id", tokens);
        var text = new StringBuilder();
        foreach (var t in tokens)
        {
            if (text.Length > 0) text.Append(' ');
            text.Append(t.Text is "\"" or "“" or "”" ? "”" : t.Text);
        }
        return text.ToString();
    }

    private static string Fold(string? s) => s is null ? "" : new string(s.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '“' or '”')).ToArray());

    private static List<(string Text, string Speaker)> Quotes(Article article) =>
        SeenQuote.Of(DefaultAnnotation.Pipeline.Annotate(article, article.Published?.Date ?? new DateOnly(2021, 12, 28)))
            .Where(q => q.Direct).Select(q => (Fold(q.Text), Fold(q.Who?.Name))).ToList();

    [Fact]
    public void Tokenised_one_line_samples_give_the_same_direct_quotes_and_speakers()
    {
        Assert.Equal(5, Articles.Value.Count);
        var total = 0;
        foreach (var article in Articles.Value)
        {
            var asPrinted = Quotes(article);
            var tokenised = Quotes(article with { Body = Tokenised(article.Body) });
            Assert.Equal(asPrinted, tokenised);
            total += asPrinted.Count(q => q.Speaker.Length > 0);
        }
        Assert.True(total >= 9, $"{total} direct quotes with a speaker in the samples");
    }

    [Theory]
    [InlineData("Telah disepakati bahwa pada awal tahun depan", "SergeiLavrov")]
    [InlineData("Tanggal ini tidak memiliki alternatif", "MariaZakharova")]
    [InlineData("Diplomasi yang intensif", "NedPrice")]
    public void Tokenised_samples_keep_their_speakers(string starts, string speaker)
    {
        var quotes = Articles.Value.SelectMany(a => Quotes(a with { Body = Tokenised(a.Body) })).ToList();
        Assert.Contains(quotes, q => q.Text.StartsWith(Fold(starts), StringComparison.Ordinal) && q.Speaker == speaker);
    }
}
