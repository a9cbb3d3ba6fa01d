namespace Kabar.Annotation.Quotes;

/// <summary>A pair of quotation marks: the token indexes of the opening and closing mark (Close is -1 when the paragraph ended first).</summary>
internal readonly record struct QuotedSpan(int Open, int Close, int FirstInside, int LastInside);

/// <summary>
/// Pairs double quotation marks within each paragraph. Curly marks are read by their shape and by
/// where they stand, since pages also use '”' to open and '“' to close; a straight '"' opens when
/// none is open and closes otherwise. A mark left open is closed by the end of its paragraph, so an
/// unbalanced mark never swallows the rest of the article.
/// </summary>
internal static class QuoteMarks
{
    public static List<QuotedSpan> Find(TextLayout layout)
    {
        var found = new List<QuotedSpan>();
        var open = -1;
        for (var i = 0; i < layout.Tokens.Count; i++)
        {
            if (open >= 0 && layout.ParagraphOf[i] != layout.ParagraphOf[open])
            {
                Add(found, open, -1, i - 1);
                open = -1;
            }
            var mark = layout.Word(i);
            if (mark is not ("\"" or "“" or "”" or "„" or "«" or "»")) continue;
            var glued = GluedToNextWord(layout, i);
            var gluedBefore = GluedToPreviousWord(layout, i);
            if (open < 0)
            {
                if (mark is "“" or "„" or "«" or "\"" || mark == "”" && glued && !gluedBefore) open = i;
            }
            else if (mark is "”" or "»" or "\"" || mark == "“" && gluedBefore && !glued)
            {
                Add(found, open, i, i - 1);
                open = -1;
            }
            else if (mark is "“" or "„" or "«")
            {
                open = i; // an opening mark while one is open: the earlier one was never closed
            }
        }
        if (open >= 0) Add(found, open, -1, layout.Tokens.Count - 1);
        return found;
    }

    private static void Add(List<QuotedSpan> found, int open, int close, int lastInside)
    {
        if (lastInside > open) found.Add(new QuotedSpan(open, close, open + 1, lastInside));
    }

    private static bool GluedToNextWord(TextLayout layout, int i) =>
        i + 1 < layout.Tokens.Count && layout.Tokens[i + 1].Span.Start == layout.Tokens[i].Span.End;

    private static bool GluedToPreviousWord(TextLayout layout, int i) =>
        i > 0 && layout.Tokens[i - 1].Span.End == layout.Tokens[i].Span.Start;
}
