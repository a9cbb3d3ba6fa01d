using Kabar.Annotation;
using Kabar.Model;

namespace Kabar.Tests.Annotation;

/// <summary>
/// A quote as users see it: the quote with its speaker read through the reference to the entity
/// mention (<see cref="AnnotatedArticle.SpeakerOf"/>), as the brief, the JSON and the web page read it.
/// </summary>
internal sealed record SeenQuote(Quote Quote, QuoteSpeaker? Who)
{
    public string Text => Quote.Text;
    public TextSpan Span => Quote.Span;
    public bool Direct => Quote.Direct;
    public string? Cue => Quote.Cue;
    public string? Speaker => Who?.Text;
    public string? SpeakerCanonical => Who?.Canonical;
    public TextSpan? SpeakerSpan => Who?.Span;

    public static List<SeenQuote> Of(AnnotatedArticle article) => article.Quotes.Select(q => new SeenQuote(q, article.SpeakerOf(q))).ToList();

    /// <summary>The document's quotes once frozen into the record later stages read.</summary>
    public static List<SeenQuote> Of(AnnotationDocument document) => Of(document.Freeze());
}
