using AngleSharp;
using AngleSharp.Html.Parser;
using Kabar.Extraction.Metadata;
using Kabar.Language;
using Kabar.Model;

namespace Kabar.Extraction.Html;

/// <summary>
/// Extracts the article from an HTML page: prepares the markup (<see cref="HtmlPreparer"/>: size and
/// depth limits), parses it with AngleSharp, reads the metadata (<see cref="HtmlMetadataReader"/>),
/// finds the text (<see cref="ExtractionCascade"/>), and says when the page looks like a listing.
/// What the page's container said (a feed's title, date, authors) is not read here but applied
/// once, after either extractor, by <see cref="ContainerFacts"/>.
/// Every page has a time budget; nothing here recurses over the DOM.
/// </summary>
public static class HtmlArticleExtractor
{
    /// <summary>A page with less article text than this, and mostly links, is a listing or home page.</summary>
    private const int ListingMaxChars = 600;
    private const double ListingMinLinkDensity = 0.35;
    /// <summary>Whatever its length, text that is mostly links is a listing.</summary>
    private const double ListingMaxContentLinkDensity = 0.5;

    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>
    /// AngleSharp's default services without its attribute observer: the browser behaviour it adds as each attribute is
    /// set (a link's relation and resolved address, an image's source, the base address, class and style objects kept in
    /// step) reads or loads nothing Kabar asks for (it reads attributes as written), and costs a parse of every link's URL.
    /// </summary>
    private static readonly IConfiguration ParserConfiguration = Configuration.Default.Without<AngleSharp.Dom.IAttributeObserver>();

    /// <param name="blocks">A learnt model pruning the container's paragraphs (`kabar train blocks` measures it held out); none on the default path.</param>
    public static ExtractionOutcome Extract(RawDocument document, string html, BlockModel? blocks = null) => Extract(document, html, ExtractionBudget.Default, blocks);

    internal static ExtractionOutcome Extract(RawDocument document, string html, TimeSpan timeBudget, BlockModel? blocks = null)
    {
        if (string.IsNullOrWhiteSpace(html)) return new ExtractionOutcome.Rejected(document.Source, "empty page");
        var budget = new ExtractionBudget(timeBudget);
        try
        {
            return ExtractWithin(document, html, budget, blocks);
        }
        catch (ExtractionBudgetExceeded e)
        {
            return new ExtractionOutcome.Rejected(document.Source, e.Message);
        }
    }

    private static ExtractionOutcome ExtractWithin(RawDocument raw, string html, ExtractionBudget budget, BlockModel? blocks)
    {
        var hints = ContentHints.Default;
        var prepared = HtmlPreparer.Prepare(html, hints.ScriptDate);
        var parser = new HtmlParser(ParserOptions, BrowsingContext.New(ParserConfiguration));
        using var document = parser.ParseDocument(prepared.Html);
        budget.Check();
        if (document.DocumentElement is null) return new ExtractionOutcome.Rejected(raw.Source, "no HTML document found");
        var tree = PageTree.Build(document.DocumentElement, hints, budget);
        var metadata = HtmlMetadataReader.Read(document, tree, raw, hints, prepared.ScriptDate);
        var content = ExtractionCascade.Run(tree, metadata, hints, budget, blocks);

        var paragraphs = content.Paragraphs.ToList();
        var cut = content.Cut.ToList();
        var title = metadata.Title;
        if (paragraphs.Count > 0 && title is not null && TitleChooser.Key(paragraphs[0]) == TitleChooser.Key(title))
        {
            cut.Insert(0, new CutText(paragraphs[0], CutReasons.Headline));
            paragraphs.RemoveAt(0);
        }
        var pageLinkDensity = tree.Count > 0 ? tree.LinkDensity(0) : 0;
        var listing = content.LinkDensity > ListingMaxContentLinkDensity
            || (paragraphs.Sum(p => p.Length) < ListingMaxChars && pageLinkDensity > ListingMinLinkDensity);
        if (paragraphs.Count == 0)
            return new ExtractionOutcome.Rejected(raw.Source, listing ? "no article text found: looks like a listing page" : "no article text found");

        // The lead's dateline ('JAKARTA, KOMPAS.com -', 'WASHINGTON (Reuters) -') is metadata, as in a text dump.
        var dateline = TextDump.LeadDateline.Find(paragraphs[0], colonHeads: false);
        if (dateline is not null)
        {
            cut.Add(new CutText(dateline.Prefix.Trim(), CutReasons.Dateline));
            paragraphs[0] = paragraphs[0][dateline.Prefix.Length..];
        }
        var body = string.Join("\n\n", paragraphs);
        var warnings = prepared.Warnings.ToList();
        if (listing) warnings.Add(new(ExtractionWarningKind.ListingPage, "looks like a listing page"));
        var published = metadata.Published;
        if (published is null) warnings.Add(ExtractionWarning.NoPublishTime);
        else if (metadata.PublishedFromModified)
            warnings.Add(new(ExtractionWarningKind.UpdateTimeAsPublished, "the page states only a modified time; it is used as the publish time"));
        else if (metadata.FirstPublished is { } first)
            warnings.Add(new(ExtractionWarningKind.UpdateTimeAsPublished, $"the page prints only its update; the publish time it states elsewhere ({first.ToIso()}) is kept as first_published"));
        var titleGenerated = string.IsNullOrWhiteSpace(title);
        if (titleGenerated) title = TitleGenerator.FromLead(paragraphs[0]);
        var outlet = OutletDirectory.FindByHost(metadata.Host);
        return new ExtractionOutcome.Extracted(new Article
        {
            Source = raw.Source,
            Url = metadata.Url,
            // An outlet the directory does not know: the name the page gives itself, else its domain.
            Outlet = outlet?.Name ?? metadata.SiteName ?? metadata.Host,
            OutletDomain = outlet?.Domains.FirstOrDefault(d => metadata.Host!.EndsWith(d)) ?? metadata.Host,
            Title = title!,
            TitleGenerated = titleGenerated,
            Published = published,
            Modified = metadata.Modified,
            FirstPublished = metadata.FirstPublished,
            Dateline = dateline?.Place,
            Authors = metadata.Authors,
            Editors = metadata.Editors,
            Language = LanguageIdentifier.Identify(body),
            Body = body,
            Cut = cut,
            Warnings = warnings,
        });
    }
}
