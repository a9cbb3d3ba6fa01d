using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>Direct quotes: words between quotation marks, and the cue that attributes them.</summary>
internal sealed partial class QuoteFinder
{
    private void FindDirect()
    {
        var marks = QuoteMarks.Find(layout);
        foreach (var q in marks)
            for (var i = q.Open; i <= (q.Close >= 0 ? q.Close : q.LastInside); i++) _quoted[i] = true;
        for (var m = 0; m < marks.Count; m++)
        {
            var q = marks[m];
            var last = q.LastInside;
            while (last >= q.FirstInside && layout.Word(last) is "," or ";" or ":" or "-" or "–" or "—") last--;
            if (last < q.FirstInside) continue;
            var content = layout.Span(q.FirstInside, last);
            var paragraph = layout.ParagraphOf[q.Open];
            var nextOpen = m + 1 < marks.Count ? marks[m + 1].Open : int.MaxValue;
            var candidate = AfterClose(q, content, paragraph, nextOpen)
                ?? BeforeOpen(q, content, paragraph)
                ?? Continuing(q, content, paragraph, m > 0 ? marks[m - 1] : null);
            if (candidate is null) continue;
            _candidates.Add(candidate);
            if (candidate.Cue >= 0) _cueUsed[candidate.Cue] = true;
        }
    }

    /// <summary>'"...," kata Lavrov' or '"...," Price said.'</summary>
    private Candidate? AfterClose(QuotedSpan q, TextSpan content, int paragraph, int nextOpen)
    {
        if (q.Close < 0) return null;
        var limit = Math.Min(layout.SentenceEnd(q.Close), nextOpen - 1);
        var k = q.Close + 1;
        while (k <= limit && layout.Word(k) is "," or "-" or "–" or "—") k++;
        if (k > limit || layout.ParagraphOf[k] != paragraph) return null;
        var kinds = QuoteLexicon.Cue(layout.Word(k));
        if (kinds.HasFlag(CueKinds.After))
            return new Candidate(content, true, k, Attribution.PhraseAfterCue, k + 1, limit + 1, kinds.HasFlag(CueKinds.Pronoun), paragraph);
        // '"…." Pedagang di pasar itu menyebut': a quote closed after a full stop ended its sentence; the next one is not its cue.
        if (q.LastInside >= 0 && layout.Word(q.LastInside) is "." or "?" or "!") return null;
        for (var m = k + 1; m <= Math.Min(limit, k + 6); m++)
        {
            if (!layout.IsWord(m)) break;
            if ((QuoteLexicon.Cue(layout.Word(m)) & (CueKinds.Verb | CueKinds.After)) != 0)
                return new Candidate(content, true, m, Attribution.SubjectBeforeCue, k, m, false, paragraph);
        }
        return null;
    }

    /// <summary>'X mengatakan, "..."', 'menurut X, "..."', 'Kata Lavrov: "..."'; also across a paragraph that ends with a colon.</summary>
    private Candidate? BeforeOpen(QuotedSpan q, TextSpan content, int paragraph)
    {
        var j = q.Open - 1;
        if (j < 0) return null;
        var start = layout.SentenceStart(j);
        if (layout.ParagraphOf[j] != paragraph && layout.Word(j) != ":") return null;
        while (j >= start && layout.Word(j) is "," or ":") j--;
        if (j >= start && QuoteLexicon.Complementisers.Contains(layout.Word(j))) j--;
        if (j < start) return null;
        if (QuoteLexicon.Cue(layout.Word(j)).HasFlag(CueKinds.Verb))
            return new Candidate(content, true, j, Attribution.SubjectBeforeCue, ClauseStart(j), j, false, paragraph);
        for (var a = j; a >= Math.Max(start, j - MaximumPhraseTokens); a--)
        {
            if (!layout.IsWord(a)) break;
            var kinds = QuoteLexicon.Cue(layout.Word(a));
            if (kinds.HasFlag(CueKinds.According) || kinds.HasFlag(CueKinds.After) && a == start)
                return new Candidate(content, true, a, Attribution.PhraseAfterCue, a + 1, j + 1, kinds.HasFlag(CueKinds.Pronoun), paragraph);
        }
        return null;
    }

    /// <summary>
    /// A quote with no cue of its own: one that opens its paragraph, or opens its sentence right after
    /// another quote, continues the speaker before it; so does a quote of <see cref="MinimumUncuedWords"/>
    /// words or more anywhere. Shorter quoted
    /// words inside a sentence are a term in marks ('istilah "begal" di'), not speech.
    /// </summary>
    private Candidate? Continuing(QuotedSpan q, TextSpan content, int paragraph, QuotedSpan? previous)
    {
        var opensParagraph = layout.StartsParagraph(q.Open);
        var opensSentence = layout.SentenceStart(q.Open) == q.Open || q.Open > 0 && layout.Word(q.Open - 1) is "." or "?" or "!" or ":";
        var words = 0;
        for (var k = q.FirstInside; k <= q.LastInside && words < MinimumUncuedWords; k++)
            if (layout.IsWord(k)) words++;
        var followsQuote = previous is { } p && opensSentence && layout.SentenceOf[q.Open] - layout.SentenceOf[Math.Max(p.Close, p.LastInside)] <= 1;
        return opensParagraph || followsQuote || words >= MinimumUncuedWords
            ? new Candidate(content, true, -1, Attribution.Continuation, 0, 0, false, paragraph, q.Close < 0)
            : null;
    }
}
