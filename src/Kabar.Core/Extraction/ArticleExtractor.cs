using Kabar.Extraction.Html;
using Kabar.Extraction.TextDump;
using Kabar.Model;
using Kabar.Readers;

namespace Kabar.Extraction;

/// <summary>
/// Extraction's entry point: raw documents in, articles (or rejections naming the reason) out.
/// Each page is judged by its content, never its name: empty, binary (named for what it looks
/// like), HTML (to <see cref="HtmlArticleExtractor"/>) or a plain-text dump (to
/// <see cref="TextDumpExtractor"/>). A batch is read in two passes: first every page is decoded and
/// sorted, and the text dumps are counted (<see cref="TemplateCounts"/>: which short lines each
/// outlet prints on many pages); then every page is extracted with the template lines decided from
/// those counts, fixed for the whole batch. The counts come from the batch itself and what was
/// counted before it (a store's), or a caller that counted the whole run first hands the decided
/// lines in (<see cref="ExtractWith"/>). Both passes run across all cores, every page inside
/// <see cref="PageGuard"/> (its own deadline, its failures its own).
/// </summary>
public static class ArticleExtractor
{
    /// <summary>How long one page may take before it is skipped with an error.</summary>
    public static readonly TimeSpan DefaultPageBudget = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Pages longer than this are cut to it (with a warning) before extraction: no news article
    /// is this long, and the cut keeps a pathological page's cost bounded.
    /// </summary>
    public const int MaxPageChars = 8 * 1024 * 1024;

    /// <summary>One page's outcome, and what it tells template learning (null unless it was read as a text dump).</summary>
    public sealed record PageExtraction(ExtractionOutcome Outcome, TemplateSample? Template);

    /// <summary>A batch on its own: the template lines are learnt from its text dumps.</summary>
    public static IReadOnlyList<ExtractionOutcome> ExtractBatch(IReadOnlyList<RawDocument> documents, Action? onDocumentDone = null)
        => ExtractBatch(documents, DefaultPageBudget, onDocumentDone);

    public static IReadOnlyList<ExtractionOutcome> ExtractBatch(IReadOnlyList<RawDocument> documents, TimeSpan pageBudget, Action? onDocumentDone = null)
        => ExtractBatch(documents, new TemplateCounts(), _ => false, pageBudget, onDocumentDone);

    /// <summary>
    /// A batch after what <paramref name="prior"/> counted (a store's knowledge): the template lines
    /// are decided from the prior counts plus the batch's text dumps, each content counted once and
    /// none that <paramref name="counted"/> says the prior counts hold already (by content hash).
    /// </summary>
    public static IReadOnlyList<ExtractionOutcome> ExtractBatch(IReadOnlyList<RawDocument> documents, TemplateCounts prior, Func<string, bool> counted,
        TimeSpan pageBudget, Action? onDocumentDone = null)
    {
        TemplateLines Learn(Prepared[] prepared)
        {
            var uncounted = new UncountedPages(counted);
            var batch = TemplateCounts.Of(prepared.Where(p => p.TextPage is not null && uncounted.Take(p.Document)).Select(p => p.Sample!));
            return prior.Plus(batch).Decide();
        }
        return Run(documents, Learn, pageBudget, onDocumentDone).Select(p => p.Outcome).ToList();
    }

    /// <summary>A batch extracted with template lines decided beforehand (ingestion counts the whole run before its first chunk).</summary>
    public static IReadOnlyList<PageExtraction> ExtractWith(IReadOnlyList<RawDocument> documents, TemplateLines template, Action? onDocumentDone = null)
        => Run(documents, _ => template, DefaultPageBudget, onDocumentDone);

    /// <summary>
    /// The first pass alone: what each page tells template learning (null for HTML and pages that are
    /// not text), read exactly as extraction reads it, across all cores.
    /// </summary>
    public static IReadOnlyList<TemplateSample?> Samples(IReadOnlyList<RawDocument> documents)
    {
        Cues.Value.Wait();
        var samples = new TemplateSample?[documents.Count];
        Parallel.For(0, documents.Count, Parallelism, i => samples[i] = PageGuard.Run(documents[i].Source, DefaultPageBudget,
            cancel => Prepare(documents[i], cancel), rejected => Prepared.Decided(documents[i], rejected)).Sample);
        return samples;
    }

    /// <summary>One page on its own (no batch to learn templates from).</summary>
    public static ExtractionOutcome Extract(RawDocument document) => ExtractWith([document], TemplateLines.None)[0].Outcome;

    /// <summary>One page, HTML paragraphs pruned by a learnt <paramref name="blocks"/> model: how `kabar train blocks` scores a fit on the path users run.</summary>
    public static ExtractionOutcome Extract(RawDocument document, Html.BlockModel? blocks) =>
        Run([document], _ => TemplateLines.None, DefaultPageBudget, null, blocks)[0].Outcome;

    private static PageExtraction[] Run(IReadOnlyList<RawDocument> documents, Func<Prepared[], TemplateLines> decide, TimeSpan pageBudget, Action? onDocumentDone,
        Html.BlockModel? blocks = null)
    {
        var languageModels = LanguageModels.Value;
        Cues.Value.Wait();
        var prepared = new Prepared[documents.Count];
        Parallel.For(0, documents.Count, Parallelism, i => prepared[i] = PageGuard.Run(documents[i].Source, pageBudget,
            cancel => Prepare(documents[i], cancel),
            rejected => Prepared.Decided(documents[i], rejected)));

        var template = decide(prepared);
        languageModels.Wait();

        var outcomes = new PageExtraction[documents.Count];
        Parallel.For(0, documents.Count, Parallelism, i =>
        {
            var outcome = prepared[i].Outcome ?? PageGuard.Run(documents[i].Source, pageBudget, cancel => ExtractPrepared(prepared[i], template, blocks, cancel));
            outcomes[i] = new PageExtraction(outcome, prepared[i].Sample);
            onDocumentDone?.Invoke();
        });
        return outcomes;
    }

    /// <summary>
    /// Loads, once per process, what every page shares, so that loading is not charged to the first
    /// pages' time budgets: the cue patterns and word lists before the first page is read, the
    /// language models (only the second pass asks for them) while the first pass reads the pages,
    /// on another core.
    /// </summary>
    private static readonly Lazy<Task> Cues = new(() => Task.Run(() =>
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(TextDumpCues).TypeHandle)));

    private static readonly Lazy<Task> LanguageModels = new(() => Task.Run(Language.LanguageIdentifier.Load));

    private static readonly ParallelOptions Parallelism = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>A page after the first pass: decoded and sorted, or already decided.</summary>
    private sealed record Prepared(RawDocument Document, PageKind Kind, string? Text, TextDumpPage? TextPage, IReadOnlyList<ExtractionWarning> Warnings)
    {
        public ExtractionOutcome? Outcome { get; init; }

        /// <summary>What the page tells template learning: made once, when the page is read.</summary>
        public TemplateSample? Sample { get; } = TextPage is null ? null : TemplateSample.Of(TextPage);

        public static Prepared Decided(RawDocument document, ExtractionOutcome outcome) =>
            new(document, PageKind.Empty, null, null, []) { Outcome = outcome };
    }

    private static Prepared Prepare(RawDocument document, CancellationToken cancel)
    {
        var kind = ContentSniffer.FromBytes(document.Content.Span, out var what);
        if (kind is PageKind.Empty or PageKind.Binary)
            return Prepared.Decided(document, new ExtractionOutcome.Rejected(document.Source, kind == PageKind.Empty ? what : $"not a text or HTML page: looks like {what}"));
        var text = TextDecoder.Decode(document);
        cancel.ThrowIfCancellationRequested();
        if (ContentSniffer.IsGarbled(text))
            return Prepared.Decided(document, new ExtractionOutcome.Rejected(document.Source, "not a text or HTML page: its bytes do not decode to text"));
        var warnings = new List<ExtractionWarning>();
        if (text.Length > MaxPageChars)
        {
            warnings.Add(new(ExtractionWarningKind.PageTruncated, $"page is {text.Length / (1024 * 1024)} M characters long; only the first {MaxPageChars / (1024 * 1024)} M were read"));
            text = text[..MaxPageChars];
        }
        if (ContentSniffer.LooksLikeHtml(text))
            return new Prepared(document, PageKind.Html, text, null, warnings);
        if (string.IsNullOrWhiteSpace(text))
            return Prepared.Decided(document, new ExtractionOutcome.Rejected(document.Source, "empty file"));
        return new Prepared(document, PageKind.TextDump, null, TextDumpPage.Read(document.Source, text, cancel), warnings);
    }

    private static ExtractionOutcome ExtractPrepared(Prepared page, TemplateLines template, Html.BlockModel? blocks, CancellationToken cancel)
    {
        var outcome = page.Kind == PageKind.Html
            ? HtmlArticleExtractor.Extract(page.Document, page.Text!, blocks)
            : TextDumpExtractor.Extract(page.TextPage!, template, cancel);
        if (outcome is not ExtractionOutcome.Extracted extracted) return outcome;
        var article = ContainerFacts.Apply(extracted.Article, page.Document);
        if (page.Warnings.Count > 0) article = article with { Warnings = [.. page.Warnings, .. article.Warnings] };
        return new ExtractionOutcome.Extracted(article);
    }
}
