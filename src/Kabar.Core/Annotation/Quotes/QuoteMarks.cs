namespace Kabar.Annotation.Quotes;

/// <summary>
/// A pair of quotation marks, as token indexes: <paramref name="Open"/> is the first token of the opening
/// mark, <paramref name="Close"/> the last token of the closing mark (-1 when the quote was left open: its
/// paragraph ended, or the next quote of a multi-paragraph run began).
/// </summary>
internal readonly record struct QuotedSpan(int Open, int Close, int FirstInside, int LastInside);

/// <summary>
/// Pairs quotation marks by position and context, so that marks that look the same on both sides
/// (straight '"', '”…”', two apostrophes '' … '', '«…»' or '»…«') are read as well as curly pairs, and
/// on tokenised text ('sekali , " kata Budi') as well as on text as written. Each mark gets a score
/// for opening and one for closing from what stands around it (glued to the next word, after a colon,
/// before a comma or a speech cue, at a paragraph's edge, its shape); a dynamic programme then chooses
/// the pairing of highest total score, where a mark may also be left unpaired (at a cost) and a quote
/// may be left open at its paragraph's end or right before the next quote of a run ('“A.' '“B.'
/// '“C,” kata X'). A pair never crosses a paragraph, and never runs over <see cref="MaximumLength"/>
/// characters unless both marks have the opening and closing shape: one stray mark cannot swallow the
/// rest of an article.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>The longest quote that ambiguous marks may enclose; longer needs '“' and '”'.</summary>
    public const int MaximumLength = 1500;

    /// <summary>What leaving a mark unpaired costs (a stray mark, or a mark inside a quote).</summary>
    private const double Unpaired = 2.5;

    /// <summary>The cost of each character of a quote beyond <see cref="FreeLength"/>: long quotes need good marks.</summary>
    private const double LengthCost = 0.002;
    private const int FreeLength = 400;

    private readonly record struct Mark(int First, int Last, int Family, double Open, double Close, bool OpenShape, bool CloseShape);

    public static List<QuotedSpan> Find(TextLayout layout)
    {
        var marks = Collect(layout);
        var found = new List<QuotedSpan>();
        if (marks.Count == 0) return found;
        var narration = NarrationCues(layout);
        var n = marks.Count;
        // best[i]: the best score of marks 0..i-1 with no quote open after them; how[i] remembers the step.
        var best = new double[n + 1];
        var how = new (int From, int Kind)[n + 1]; // Kind 0: mark From unpaired; 1: pair From..i-1; 2: From left open before i
        for (var i = 1; i <= n; i++) best[i] = double.NegativeInfinity;
        for (var i = 0; i < n; i++)
        {
            if (double.IsNegativeInfinity(best[i])) continue;
            Relax(best, how, i + 1, best[i] - Unpaired, (i, 0));
            var open = marks[i];
            var paragraph = layout.ParagraphOf[open.First];
            for (var j = i + 1; j < n; j++)
            {
                var close = marks[j];
                if (layout.ParagraphOf[close.First] != paragraph) break;
                var length = layout.Tokens[close.First].Span.Start - layout.Tokens[open.Last].Span.End;
                var shaped = open.OpenShape && close.CloseShape;
                if (length > MaximumLength && !shaped) break;
                var skipped = (j - i - 1) * Unpaired;
                if (close.Family == open.Family)
                    Relax(best, how, j + 1, best[i] + open.Open + close.Close - skipped - Cost(length) + Content(narration, open.Last + 1, close.First - 1), (i, 1));
            }
            // Left open: at the paragraph's end, or right before the next mark when that one opens a sentence.
            var next = i + 1 < n ? marks[i + 1] : (Mark?)null;
            var end = ParagraphEnd(layout, open.Last);
            var runsOn = next is { } m && m.First <= end && m.Open > m.Close && StartsSentence(layout, m.First);
            var lastInside = runsOn ? next!.Value.First - 1 : end;
            var openLength = layout.Tokens[lastInside].Span.End - layout.Tokens[open.Last].Span.End;
            if (lastInside > open.Last && (openLength <= MaximumLength || open.OpenShape))
            {
                var continues = runsOn || end + 1 < layout.Tokens.Count && IsMarkAt(marks, i + 1, end + 1);
                var score = best[i] + open.Open - (continues ? 1.0 : 2.0) - Cost(openLength) + Content(narration, open.Last + 1, lastInside);
                var resume = runsOn ? i + 1 : FirstMarkAfter(marks, i + 1, end);
                Relax(best, how, resume, score - (resume - i - 1) * Unpaired, (i, 2));
            }
        }
        for (var i = n; i > 0;)
        {
            var (from, kind) = how[i];
            if (kind == 1)
                found.Add(new QuotedSpan(marks[from].First, marks[i - 1].Last, marks[from].Last + 1, marks[i - 1].First - 1));
            else if (kind == 2)
            {
                var lastInside = i < n && layout.ParagraphOf[marks[i].First] == layout.ParagraphOf[marks[from].First]
                    ? marks[i].First - 1 : ParagraphEnd(layout, marks[from].Last);
                found.Add(new QuotedSpan(marks[from].First, -1, marks[from].Last + 1, lastInside));
            }
            i = from;
        }
        found.Reverse();
        found.RemoveAll(q => q.LastInside < q.FirstInside);
        return found;
    }

    private static void Relax(double[] best, (int, int)[] how, int at, double score, (int, int) step)
    {
        if (score > best[at]) { best[at] = score; how[at] = step; }
    }

    private static double Cost(int length) => length > FreeLength ? (length - FreeLength) * LengthCost : 0;

    /// <summary>
    /// How many narration cues ('…, kata Budi.', 'ujarnya') stand before each token: narration between two
    /// marks means they close one quote and open the next, not one quote. Prefix counts, so that scoring a
    /// pair costs the same however far apart its marks are.
    /// </summary>
    private static int[] NarrationCues(TextLayout layout)
    {
        var counts = new int[layout.Tokens.Count + 1];
        for (var k = 0; k < layout.Tokens.Count; k++)
        {
            var cue = QuoteLexicon.Cue(layout.Word(k));
            var narration = cue.HasFlag(CueKinds.After) && (cue.HasFlag(CueKinds.Pronoun) || k > 0 && layout.Word(k - 1) == ",");
            counts[k + 1] = counts[k] + (narration ? 1 : 0);
        }
        return counts;
    }

    private static double Content(int[] narration, int first, int last) =>
        last < first ? 0 : -2.0 * Math.Min(narration[last + 1] - narration[first], 2);

    private static List<Mark> Collect(TextLayout layout)
    {
        var marks = new List<Mark>();
        var tokens = layout.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = layout.Word(i);
            int family, last = i;
            bool openShape = false, closeShape = false;
            switch (word)
            {
                case "\"": family = 0; break;
                case "“" or "„": family = 0; openShape = true; break;
                case "”": family = 0; closeShape = true; break;
                case "''": family = 0; break;
                case "'" when i + 1 < tokens.Count && layout.Word(i + 1) == "'" && tokens[i + 1].Span.Start == tokens[i].Span.End:
                    family = 0; last = i + 1; break;
                case "«": family = 1; openShape = true; break;
                case "»": family = 1; closeShape = true; break;
                default: continue;
            }
            var (open, close) = Scores(layout, i, last, openShape, closeShape);
            marks.Add(new Mark(i, last, family, open, close, openShape, closeShape));
            i = last;
        }
        return marks;
    }

    /// <summary>How much the mark's surroundings say it opens, and how much it closes, a quote.</summary>
    private static (double Open, double Close) Scores(TextLayout layout, int first, int last, bool openShape, bool closeShape)
    {
        var tokens = layout.Tokens;
        double open = 0, close = 0;
        var gluedAfter = last + 1 < tokens.Count && tokens[last + 1].Span.Start == tokens[last].Span.End;
        var gluedBefore = first > 0 && tokens[first - 1].Span.End == tokens[first].Span.Start;
        if (gluedAfter && !gluedBefore) { open += 3; close -= 3; }
        else if (gluedBefore && !gluedAfter) { close += 3; open -= 3; }

        if (first == 0 || layout.StartsParagraph(first)) { open += 2; close -= 2; }
        else
        {
            var left = layout.Word(first - 1);
            if (left == ":") { open += 2; close -= 1; }
            else if (left == ",") close += 0.5;
        }

        if (last + 1 >= tokens.Count || layout.StartsParagraph(last + 1)) { close += 2; open -= 3; }
        else
        {
            var right = last + 1;
            var word = layout.Word(right);
            if (!layout.IsWord(right)) { if (word is "," or "." or "?" or "!" or ";" or ")" or ":") { close += 2; open -= 2; } }
            else if ((QuoteLexicon.Cue(word) & (CueKinds.After | CueKinds.Pronoun)) != 0 && layout.IsLower(right)) close += 2;
            else if (layout.IsCapitalised(right)) open += 1;
        }
        if (openShape) open += 1;
        if (closeShape) close += 1;
        return (open, close);
    }

    private static bool StartsSentence(TextLayout layout, int token) =>
        layout.SentenceStart(token) == token || token > 0 && layout.Word(token - 1) is "." or "?" or "!";

    private static int ParagraphEnd(TextLayout layout, int token) => layout.ParagraphLastToken[token];

    private static bool IsMarkAt(List<Mark> marks, int from, int token)
    {
        for (var k = from; k < marks.Count && marks[k].First <= token; k++)
            if (marks[k].First == token) return true;
        return false;
    }

    private static int FirstMarkAfter(List<Mark> marks, int from, int token)
    {
        var k = from;
        while (k < marks.Count && marks[k].First <= token) k++;
        return k;
    }
}
