using Kabar.Annotation;
using Kabar.Language;
using Kabar.Model;

namespace Kabar.Tests.Language;

/// <summary>Builds annotation documents from invented text, tokenized and split by the real annotators.</summary>
internal static class TestDocuments
{
    public static AnnotationDocument Split(string body, string language = "id")
    {
        var document = new AnnotationDocument(
            new Article { Source = "test", Title = "test", Language = language, Body = body }, new DateOnly(2024, 3, 1));
        new TokenAnnotator().Annotate(document);
        new SentenceAnnotator().Annotate(document);
        return document;
    }

    public static IReadOnlyList<string> Sentences(string body) =>
        Split(body).Sentences.Select(s => s.Span.Of(body)).ToList();

    /// <summary>Adds an entity mention for every occurrence of <paramref name="text"/>, as the entity layer would.</summary>
    public static AnnotationDocument With(this AnnotationDocument document, string text, string type, string? canonical = null, string? role = null)
    {
        for (var at = document.Text.IndexOf(text, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(text, at + text.Length, StringComparison.Ordinal))
            document.Entities.Add(new EntityMention(new TextSpan(at, at + text.Length), text, type, canonical ?? text, role));
        document.Entities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return document;
    }
}
