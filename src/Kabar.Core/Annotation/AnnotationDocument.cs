using Kabar.Model;

namespace Kabar.Annotation;

/// <summary>
/// The working document of the annotation pipeline (spaCy's <c>Doc</c>): it owns the one body text,
/// and each annotator in turn adds its layer. When the pipeline is done it is frozen into an
/// <see cref="AnnotatedArticle"/> record, which is what later stages see.
/// </summary>
public sealed class AnnotationDocument
{
    public AnnotationDocument(Article article, DateOnly? referenceDate)
    {
        Article = article;
        ReferenceDate = referenceDate;
    }

    public Article Article { get; }
    public string Text => Article.Body;
    /// <summary>The date relative expressions resolve against: the publish date, or the one given on the command line.</summary>
    public DateOnly? ReferenceDate { get; }

    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<EntityMention> Entities { get; } = [];
    public List<TimeExpression> Times { get; } = [];
    public List<Quote> Quotes { get; } = [];
    public List<string> Warnings { get; } = [];

    public string Slice(TextSpan span) => span.Of(Text);

    public AnnotatedArticle Freeze() => new(
        Article,
        Sentences.OrderBy(s => s.Span.Start).ToList(),
        Tokens.ToList(),
        Entities.OrderBy(e => e.Span.Start).ToList(),
        Quotes.OrderBy(q => q.Span.Start).ToList(),
        Times.OrderBy(t => t.Span.Start).ToList(),
        Warnings.ToList());
}
