using Kabar.Extraction.Html;
using Kabar.Model;

namespace Kabar.Extraction;

/// <summary>
/// What the container stated about a page (a WARC record's URI, a feed item's title, date and
/// authors) fills what the page itself does not say; the page wins where it speaks. The one place
/// container hints are applied, after either extractor, so HTML and text dumps take them alike.
/// </summary>
internal static class ContainerFacts
{
    public static Article Apply(Article article, RawDocument document)
    {
        var hints = document.Hints;
        var result = article with { Url = article.Url ?? document.Url };
        if (hints is null) return result;
        if (result.TitleGenerated && !string.IsNullOrWhiteSpace(hints.Title))
            result = WithoutRepeatedHeadline(result with { Title = hints.Title.Trim(), TitleGenerated = false });
        if (result.Published is null && hints.Published is not null)
            result = result with { Published = hints.Published, Warnings = result.Warnings.Where(w => w.Kind != ExtractionWarningKind.NoPublishTime).ToList() };
        if (result.Authors.Count == 0 && hints.Authors is { Count: > 0 } authors)
            result = result with { Authors = authors };
        return result;
    }

    /// <summary>A first paragraph that only repeats the headline the container gave is the page's headline, not its text.</summary>
    private static Article WithoutRepeatedHeadline(Article article)
    {
        var cut = article.Body.IndexOf("\n\n", StringComparison.Ordinal);
        if (cut < 0 || TitleChooser.Key(article.Body[..cut]) != TitleChooser.Key(article.Title)) return article;
        return article with
        {
            Body = article.Body[(cut + 2)..],
            Cut = [new CutText(article.Body[..cut], CutReasons.Headline), .. article.Cut],
        };
    }
}
