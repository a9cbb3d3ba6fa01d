using Kabar.Model;
using Kabar.Web.Html;
using Kabar.Web.Localization;

namespace Kabar.Web.Pages;

/// <summary>
/// Writes an article body as paragraphs with its annotations highlighted. The body is cut at every
/// annotation boundary into segments, and each segment carries the classes of all the layers that
/// cover it (quote, entity, time, the cited span), so overlapping spans never break the markup.
/// </summary>
public static class AnnotatedBodyWriter
{
    public const string CitedId = "cited";

    public static void Write(HtmlWriter h, AnnotatedArticle article, TextSpan? cited, UiLanguage text)
    {
        var body = article.Body;
        var boundaries = new SortedSet<int> { 0, body.Length };
        foreach (var span in article.Entities.Select(e => e.Span).Concat(article.Quotes.Select(q => q.Span)).Concat(article.Times.Select(t => t.Span)))
        {
            boundaries.Add(Math.Min(span.Start, body.Length));
            boundaries.Add(Math.Min(span.End, body.Length));
        }
        if (cited is { } c) { boundaries.Add(c.Start); boundaries.Add(c.End); }

        var citedOpened = false;
        foreach (var paragraph in Paragraphs(body))
        {
            var tag = LooksLikeHeading(body, paragraph) ? "h2" : "p";
            using (h.Tag(tag, ("class", tag == "h2" ? "subhead" : null)))
            {
                var cuts = boundaries.GetViewBetween(paragraph.Start, paragraph.End).Append(paragraph.Start).Append(paragraph.End).Distinct().Order().ToList();
                for (var i = 0; i + 1 < cuts.Count; i++)
                {
                    var segment = new TextSpan(cuts[i], cuts[i + 1]);
                    if (segment.Length == 0) continue;
                    var isCited = cited is { } cs && cs.Contains(segment);
                    Segment(h, article, segment, isCited, isCited && !citedOpened, text);
                    citedOpened |= isCited;
                }
            }
        }
    }

    private static void Segment(HtmlWriter h, AnnotatedArticle article, TextSpan segment, bool cited, bool firstCited, UiLanguage text)
    {
        var quote = article.Quotes.FirstOrDefault(q => q.Span.Contains(segment));
        var entity = article.Entities.FirstOrDefault(e => e.Span.Contains(segment));
        var time = article.Times.FirstOrDefault(t => t.Span.Contains(segment));
        var classes = new List<string>();
        var notes = new List<string>();
        if (quote is not null)
        {
            classes.Add(quote.Direct ? "hl-quote" : "hl-quote reported");
            notes.Add(text.Format("article.quote_by", article.SpeakerOf(quote)?.Name ?? text["article.unknown_speaker"]));
        }
        if (entity is not null)
        {
            classes.Add("hl-entity ent-" + entity.Type.ToLowerInvariant());
            notes.Add($"{text.Or("entity." + entity.Type, entity.Type)}: {entity.Canonical}{(entity.Role is null ? "" : " (" + entity.Role + ")")}");
        }
        if (time is not null)
        {
            classes.Add("hl-time");
            notes.Add($"{text["article.time"]}: {time.Value}");
        }
        if (cited) classes.Add("cited");

        var content = segment.Of(article.Body);
        if (classes.Count == 0)
        {
            Lines(h, content);
            return;
        }
        using (h.Tag(cited ? "mark" : "span", ("class", string.Join(' ', classes)), ("title", notes.Count > 0 ? string.Join(" · ", notes) : null), ("id", firstCited ? CitedId : null)))
            Lines(h, content);
    }

    /// <summary>Text with its single line breaks kept.</summary>
    private static void Lines(HtmlWriter h, string content)
    {
        var lines = content.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) h.Void("br");
            h.Text(lines[i]);
        }
    }

    /// <summary>Paragraphs are separated by a blank line; each is returned without its surrounding whitespace.</summary>
    private static IEnumerable<TextSpan> Paragraphs(string body)
    {
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = body.Length;
            var s = start;
            var e = end;
            while (s < e && char.IsWhiteSpace(body[s])) s++;
            while (e > s && char.IsWhiteSpace(body[e - 1])) e--;
            if (e > s) yield return new TextSpan(s, e);
            start = end + 2;
        }
    }

    /// <summary>A short line that does not end a sentence, inside the body, is a subheading.</summary>
    private static bool LooksLikeHeading(string body, TextSpan paragraph)
    {
        if (paragraph.Start == 0 || paragraph.Length > 90) return false;
        var last = body[paragraph.End - 1];
        return !(char.IsPunctuation(last) || body.AsSpan(paragraph.Start, paragraph.Length).Contains('\n'));
    }
}
