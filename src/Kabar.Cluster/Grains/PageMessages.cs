using Kabar.Ingestion;
using Kabar.Model;
using Kabar.Storage;

namespace Kabar.Cluster.Grains;

/// <summary>A page as it travels to a silo: its raw bytes and what its container said about it.</summary>
[GenerateSerializer, Immutable, Alias("kabar.page-input")]
public sealed record PageInput(
    [property: Id(0)] string Source,
    [property: Id(1)] byte[] Content,
    [property: Id(2)] string? Url,
    [property: Id(3)] string? Charset,
    [property: Id(4)] DateTimeOffset? Fetched,
    [property: Id(5)] string? HintsJson,
    [property: Id(6)] string Hash)
{
    public static PageInput From(RawDocument document, string hash) => new(
        document.Source, document.Content.ToArray(), document.Url, document.Charset, document.Fetched, StageJson.Hints(document.Hints), hash);

    public RawDocument ToDocument() => new(Source, Content, Url, Charset, Fetched, StageJson.ReadHints(HintsJson));
}

/// <summary>
/// What the stages made of one page, in the store's own encodings (so a silo's work reads back
/// exactly as one process would have kept it): the article, its annotation and cluster features,
/// or the reason there is none; and what the page tells template learning, which the store grain counts.
/// </summary>
[GenerateSerializer, Immutable, Alias("kabar.page-output")]
public sealed record PageOutput(
    [property: Id(0)] string? ArticleJson,
    [property: Id(1)] byte[]? Annotation,
    [property: Id(2)] string? FeaturesJson,
    [property: Id(3)] string? Failure,
    [property: Id(4)] string? TemplateOutlet = null,
    [property: Id(5)] string[]? TemplateLines = null)
{
    public static PageOutput From(ChunkStages.PageResult result) => (result.Article is null
        ? new PageOutput(null, null, null, result.Failure)
        : new PageOutput(result.Stored!.ArticleJson, result.Stored.Annotation, result.Stored.FeaturesJson, null))
        with { TemplateOutlet = result.Template?.OutletKey, TemplateLines = result.Template?.Lines.ToArray() };

    public ChunkStages.PageResult ToResult()
    {
        var template = TemplateOutlet is null ? null : new Kabar.Extraction.TextDump.TemplateSample(TemplateOutlet, TemplateLines ?? []);
        if (ArticleJson is null) return new ChunkStages.PageResult(null, null, Failure ?? "no article", template);
        var annotated = StageJson.ReadAnnotation(StageJson.ReadArticle(ArticleJson), Annotation!);
        // The bytes the silo made are the ones stored: the store grain does not serialise again.
        return new ChunkStages.PageResult(annotated, StageJson.ReadFeatures(FeaturesJson!), null, template,
            new StoredForms(annotated.LeadLine(), ArticleJson, Annotation!, FeaturesJson!));
    }
}

/// <summary>What committing one chunk did; <see cref="Error"/> says why nothing was committed (the store could not be written: try again).</summary>
[GenerateSerializer, Immutable, Alias("kabar.chunk-committed")]
public sealed record ChunkReceipt(
    [property: Id(0)] int NewArticles,
    [property: Id(1)] int Duplicates,
    [property: Id(2)] IReadOnlyList<FailedPage> Failures,
    [property: Id(3)] IReadOnlyList<string> TouchedStories,
    [property: Id(4)] string? Error);

[GenerateSerializer, Immutable, Alias("kabar.failed-page")]
public sealed record FailedPage([property: Id(0)] string Source, [property: Id(1)] string Reason);

[GenerateSerializer, Immutable, Alias("kabar.story-changes")]
public sealed record StoryChangeIds([property: Id(0)] IReadOnlyList<string> Created, [property: Id(1)] IReadOnlyList<string> Changed, [property: Id(2)] string? Error);
