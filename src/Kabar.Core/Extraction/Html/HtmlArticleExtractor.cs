using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>Extracts the article from an HTML page. (Placeholder until the HTML extractor lands.)</summary>
public static class HtmlArticleExtractor
{
    public static ExtractionOutcome Extract(RawDocument document, string html)
        => new ExtractionOutcome.Rejected(document.Source, "HTML pages are not supported yet");
}
