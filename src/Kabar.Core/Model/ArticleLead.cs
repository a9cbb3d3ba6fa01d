namespace Kabar.Model;

public static class ArticleLead
{
    /// <summary>
    /// The article's first sentence on one line, at most 240 characters: what a list of stories
    /// shows under a title. A display field of the article, which stores keep beside it so a list
    /// needs no annotation read.
    /// </summary>
    public static string LeadLine(this AnnotatedArticle a)
    {
        var text = a.Sentences.Count > 0 ? a.Text(a.Sentences[0].Span) : a.Body;
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > 240 ? text[..240].TrimEnd() + "…" : text;
    }
}
