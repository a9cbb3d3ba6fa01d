namespace Kabar.Web.Pages.Story;

internal static class Excerpt
{
    /// <summary>The sentence around a cited span, shortened, so a claim is read in its context.</summary>
    public static string? Of(CitationLinks cites, string source, int start, int end)
    {
        var article = cites.Find(source)?.Annotated;
        if (article is null || start < 0 || end > article.Body.Length || start >= end) return null;
        var sentence = article.Sentences.FirstOrDefault(s => s.Span.Contains(start))?.Span ?? new Kabar.Model.TextSpan(start, end);
        var text = article.Text(sentence).Replace("\n\n", " ").Trim();
        return text.Length > 260 ? text[..260] + "…" : text;
    }
}
