using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>Reported speech: 'X mengatakan bahwa ...', 'menurut X, ...', '..., kata X.'.</summary>
internal sealed partial class QuoteFinder
{
    // ---- reported speech ----

    private void FindReported()
    {
        var tokens = layout.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_quoted[i] || _cueUsed[i] || !layout.IsWord(i)) continue;
            var kinds = QuoteLexicon.Cue(layout.Word(i));
            if (kinds == CueKinds.None) continue;
            var candidate = kinds.HasFlag(CueKinds.According) ? According(i)
                : kinds.HasFlag(CueKinds.After) && i > 0 && layout.Word(i - 1) == "," ? TrailingCue(i, kinds) : null;
            candidate ??= kinds.HasFlag(CueKinds.Verb) ? ReportingVerb(i, kinds) : null;
            if (candidate is not null) _candidates.Add(candidate);
        }
    }

    /// <summary>'Menurut X, ...' or '..., menurut X.'</summary>
    private Candidate? According(int cue)
    {
        var start = layout.SentenceStart(cue);
        var end = LastContentToken(cue);
        if (cue == start)
        {
            var comma = -1;
            for (var k = cue + 1; k <= Math.Min(end, cue + MaximumPhraseTokens); k++)
                if (layout.Word(k) == ",") { comma = k; break; }
            if (comma < 0) return null;
            return Reported(comma + 1, end, cue, Attribution.PhraseAfterCue, cue + 1, comma, false);
        }
        if (layout.Word(cue - 1) != ",") return null;
        return Reported(start, cue - 2, cue, Attribution.PhraseAfterCue, cue + 1, end + 1, false);
    }

    /// <summary>'..., kata juru bicara itu.': the words before the comma, without quotation marks.</summary>
    private Candidate? TrailingCue(int cue, CueKinds kinds)
    {
        var start = layout.SentenceStart(cue);
        var end = LastContentToken(cue);
        if (cue == end && !kinds.HasFlag(CueKinds.Pronoun)) return null;
        return Reported(start, cue - 2, cue, Attribution.PhraseAfterCue, cue + 1, end + 1, kinds.HasFlag(CueKinds.Pronoun));
    }

    /// <summary>'X mengatakan bahwa ...', 'X menegaskan, ...', 'X mengatakan ...' (open verbs only).</summary>
    private Candidate? ReportingVerb(int cue, CueKinds kinds)
    {
        var end = LastContentToken(cue);
        var k = cue + 1;
        if (k > end) return null;
        int first;
        if (layout.Word(k) is "," or ":") first = k + 1;
        else if (IsComplementiser(k)) first = k + 1;
        else if (k + 1 <= end && layout.IsWord(k) && IsComplementiser(k + 1)) first = k + 2; // 'menegaskan kembali bahwa'
        else if (kinds.HasFlag(CueKinds.Open) && layout.IsWord(k)) first = AfterLaterComplementiser(k, end) ?? (IsStop(k) ? -1 : k); // 'mengatakan pada konferensi pers bahwa ...'; not 'said of the show'
        else return null;
        return Reported(first, end, cue, Attribution.SubjectBeforeCue, ClauseStart(cue), cue, false);
    }

    private Candidate? Reported(int first, int last, int cue, Attribution how, int from, int to, bool pronounCue)
    {
        if (first > last || first < 0 || last - first >= MaximumReportedTokens) return null;
        for (var k = first; k <= last; k++)
            if (_quoted[k]) return null; // quotation marks inside: the direct quote is the quote
        var words = 0;
        for (var k = first; k <= last; k++)
            if (layout.IsWord(k)) words++;
        if (words < MinimumReportedWords) return null;
        return new Candidate(layout.Span(first, last), false, cue, how, from, to, pronounCue, layout.ParagraphOf[cue]);
    }

    /// <summary>The last token of the cue's sentence that is not closing punctuation.</summary>
    private int LastContentToken(int cue)
    {
        var end = layout.SentenceEnd(cue);
        while (end > cue && !layout.IsWord(end) && layout.Word(end) is not (")" or "%")) end--;
        return end;
    }

    /// <summary>The token after a 'bahwa' (a complementiser) that comes a few words (and no comma) later, or null.</summary>
    private int? AfterLaterComplementiser(int from, int end)
    {
        for (var k = from; k <= Math.Min(end - 1, from + MaximumPhraseTokens); k++)
        {
            if (layout.Word(k) == ",") return null;
            if (IsComplementiser(k)) return k + 1;
        }
        return null;
    }

    private bool IsComplementiser(int k) => QuoteLexicon.Complementisers.Contains(layout.Word(k));

    /// <summary>Where the clause that ends at the cue verb starts: after a comma, a clause word or another cue verb.</summary>
    private int ClauseStart(int verb)
    {
        var start = layout.SentenceStart(verb);
        var j = verb - 1;
        while (j >= start && j >= verb - MaximumPhraseTokens - 6)
        {
            var w = layout.Word(j);
            if (!layout.IsWord(j) && w is not ("." or "-" or "/" or "(" or ")") || QuoteLexicon.ClauseWords.Contains(w)
                || QuoteLexicon.Cue(w).HasFlag(CueKinds.Verb) || _quoted[j]) break;
            j--;
        }
        return j + 1;
    }
}
