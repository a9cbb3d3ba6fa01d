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
    /// <summary>A quote's <see cref="Quote.SpeakerEntity"/> here is an index into <see cref="Entities"/> as this list holds them; <see cref="Freeze"/> renumbers it for the frozen order.</summary>
    public List<Quote> Quotes { get; } = [];
    public List<string> Warnings { get; } = [];

    public string Slice(TextSpan span) => span.Of(Text);

    public AnnotatedArticle Freeze()
    {
        var order = Enumerable.Range(0, Entities.Count).OrderBy(i => Entities[i].Span.Start).ToArray();
        var frozenIndex = new int[order.Length];
        for (var k = 0; k < order.Length; k++) frozenIndex[order[k]] = k;
        return new(
            Article,
            Sentences.OrderBy(s => s.Span.Start).ToList(),
            Tokens.ToList(),
            order.Select(i => Entities[i]).ToList(),
            Quotes.OrderBy(q => q.Span.Start)
                .Select(q => q.SpeakerEntity is int i ? q with { SpeakerEntity = frozenIndex[i] } : q).ToList(),
            Times.OrderBy(t => t.Span.Start).ToList(),
            Warnings.ToList());
    }
}
