using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>
/// Finds direct quotes (words between quotation marks) and reported speech ('X mengatakan bahwa ...',
/// 'menurut X, ...', '..., kata X.') and who said them. Attribution, in the order it is tried:
/// a cue after the closing mark and the speaker after it ('"...," kata Lavrov'); a speaker and cue
/// verb before the opening mark ('X mengatakan, "..."'); for a quote that opens its paragraph or
/// follows another quote, the speaker of the quote just before it (same or previous paragraph).
/// Speakers are read from the entity layer (a person in the phrase, with the canonical name it
/// carries), else a role phrase ('juru bicara Dewan Keamanan Nasional Gedung Putih'), else an
/// organisation or place (a capital speaks for its government: Resources/Quotes/metonymy.tsv);
/// pronouns (ia, dia, beliau, -nya) go back to the last person named outside quotes.
/// The cue words and lists are in Resources/Quotes. It reads the body as written: never
/// stop-word-filtered text, whose lists drop 'kata' and 'ujar'.
/// </summary>
public sealed class QuoteAnnotator : IAnnotator
{
    /// <summary>Reported speech shorter than this many words is not worth a quote ('kata dia.').</summary>
    private const int MinimumReportedWords = 3;

    /// <summary>Reported speech longer than this many tokens is a run-on text, not a clause someone said.</summary>
    private const int MaximumReportedTokens = 120;

    /// <summary>How far (in tokens) a speaker phrase or a clause before a cue verb is read.</summary>
    private const int MaximumPhraseTokens = 14;

    public string Name => "quotes";
    public AnnotationLayers Requires => AnnotationLayers.Sentences | AnnotationLayers.Entities;
    public AnnotationLayers Produces => AnnotationLayers.Quotes;

    public void Annotate(AnnotationDocument document)
    {
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0) return;
        var layout = new TextLayout(document);
        var found = new QuoteFinder(layout).Find();
        document.Quotes.AddRange(found);
    }

    private enum Attribution
    {
        /// <summary>The speaker phrase follows the cue ('kata Lavrov', 'menurut X').</summary>
        PhraseAfterCue,
        /// <summary>The speaker is the subject of the clause that the cue verb ends ('Lavrov mengatakan').</summary>
        SubjectBeforeCue,
        /// <summary>No cue: the speaker of the quote just before.</summary>
        Continuation,
    }

    /// <param name="From">First token of the speaker phrase or clause.</param>
    /// <param name="To">One past its last token.</param>
    /// <param name="Unclosed">A quote whose paragraph ended before its closing mark: it goes on in the next paragraph.</param>
    private sealed record Candidate(
        TextSpan Content, bool Direct, int Cue, Attribution How, int From, int To, bool PronounCue, int Paragraph, bool Unclosed = false);

    private sealed class QuoteFinder(TextLayout layout)
    {
        private readonly bool[] _quoted = new bool[layout.Tokens.Count];
        /// <summary>Tokens that already attribute a direct quote, so they do not start reported speech too.</summary>
        private readonly bool[] _cueUsed = new bool[layout.Tokens.Count];
        private readonly List<Candidate> _candidates = [];
        private readonly List<(Speaker Speaker, int At, int Sentence, int Paragraph)> _resolved = [];
        private List<EntityMention> _people = [];

        public List<Quote> Find()
        {
            FindDirect();
            FindReported();
            _people = PeopleOutsideQuotes();
            var quotes = new List<Quote>();
            // Paragraphs of one quote left open ('“A' / '“B' / '“C,” kata X'): they wait for the speaker of the paragraph that closes it.
            var open = new List<Candidate>();
            foreach (var c in _candidates.OrderBy(c => c.Content.Start))
            {
                var speaker = Resolve(c);
                if (speaker is null && c.How == Attribution.Continuation)
                {
                    if (c.Unclosed) open.Add(c);
                    continue;
                }
                if (speaker is null && !c.Direct) continue;
                if (c.Direct && speaker is not null)
                    for (var (k, paragraph) = (open.Count - 1, c.Paragraph - 1); k >= 0 && open[k].Paragraph == paragraph; k--, paragraph--)
                        quotes.Add(ToQuote(open[k], speaker));
                open.Clear();
                var at = c.Cue >= 0 ? layout.Tokens[c.Cue].Span.Start : c.Content.Start;
                if (speaker is not null)
                    _resolved.Add((speaker, at, layout.SentenceOf[c.Cue >= 0 ? c.Cue : TokenAt(c.Content.Start)], c.Paragraph));
                quotes.Add(ToQuote(c, speaker));
            }
            quotes.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            return quotes;
        }

        private Quote ToQuote(Candidate c, Speaker? speaker) => new(c.Content, c.Content.Of(layout.Text), c.Direct,
            speaker?.Text, speaker?.Canonical, speaker?.Span, c.Cue >= 0 ? layout.Word(c.Cue) : null);

        // ---- direct quotes ----

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
            if (j >= start && layout.Word(j).Equals("bahwa", StringComparison.OrdinalIgnoreCase)) j--;
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

        /// <summary>A quote that opens its paragraph, or its sentence right after another quote, continues the speaker before it.</summary>
        private Candidate? Continuing(QuotedSpan q, TextSpan content, int paragraph, QuotedSpan? previous)
        {
            var opensParagraph = layout.StartsParagraph(q.Open);
            var followsQuote = previous is { } p && layout.ParagraphOf[p.Open] == paragraph && layout.SentenceStart(q.Open) == q.Open;
            return opensParagraph || followsQuote
                ? new Candidate(content, true, -1, Attribution.Continuation, 0, 0, false, paragraph, q.Close < 0)
                : null;
        }

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
            else if (IsBahwa(k)) first = k + 1;
            else if (k + 1 <= end && layout.IsWord(k) && IsBahwa(k + 1)) first = k + 2; // 'menegaskan kembali bahwa'
            else if (kinds.HasFlag(CueKinds.Open) && layout.IsWord(k)) first = AfterLaterBahwa(k, end) ?? (IsStop(k) ? -1 : k); // 'mengatakan pada konferensi pers bahwa ...'; not 'said of the show'
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

        /// <summary>The token after a 'bahwa' that comes a few words (and no comma) later, or null.</summary>
        private int? AfterLaterBahwa(int from, int end)
        {
            for (var k = from; k <= Math.Min(end - 1, from + MaximumPhraseTokens); k++)
            {
                if (layout.Word(k) == ",") return null;
                if (IsBahwa(k)) return k + 1;
            }
            return null;
        }

        private bool IsBahwa(int k) => layout.Word(k).Equals("bahwa", StringComparison.OrdinalIgnoreCase)
            || layout.Word(k).Equals("that", StringComparison.OrdinalIgnoreCase);

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

        // ---- speakers ----

        private Speaker? Resolve(Candidate c) => c.How switch
        {
            Attribution.Continuation => PreviousSpeaker(c.Paragraph),
            Attribution.PhraseAfterCue when c.PronounCue => Antecedent(layout.Tokens[c.Cue].Span.Start),
            Attribution.SubjectBeforeCue when c.From >= c.To || layout.Word(c.From).Equals("yang", StringComparison.OrdinalIgnoreCase)
                => SpeakerInSentence(layout.SentenceOf[c.Cue]),
            _ => Phrase(c.From, c.To, c.How == Attribution.SubjectBeforeCue),
        };

        /// <summary>The speaker of the last quote in this paragraph or the one before it.</summary>
        private Speaker? PreviousSpeaker(int paragraph)
        {
            return _resolved.Count > 0 && _resolved[^1].Paragraph >= paragraph - 1 ? _resolved[^1].Speaker : null;
        }

        private Speaker? SpeakerInSentence(int sentence)
        {
            return _resolved.Count > 0 && _resolved[^1].Sentence == sentence ? _resolved[^1].Speaker : null;
        }

        /// <summary>Reads a speaker phrase from token <paramref name="from"/>, up to a stop word or punctuation.</summary>
        private Speaker? Phrase(int from, int to, bool subject)
        {
            var a = from;
            while (a < to && layout.IsLower(a) && QuoteLexicon.Determiners.Contains(layout.Word(a))) a++;
            if (a >= to || !layout.IsWord(a)) return null;
            var end = a;
            var limit = Math.Min(to, a + MaximumPhraseTokens);
            while (end < limit)
            {
                var inEntity = end > a && layout.EntityAt[end] >= 0 && layout.EntityAt[end] == layout.EntityAt[end - 1];
                if (!inEntity && (!layout.IsWord(end) && !IsInnerMark(end) || end > a && IsStop(end)))
                    break;
                end++;
            }
            while (end > a + 1 && IsInnerMark(end - 1)) end--;

            var pronoun = QuoteLexicon.Pronoun(layout.Word(a));
            if (pronoun == "person")
                return Antecedent(layout.Tokens[a].Span.Start) ?? new Speaker(layout.Word(a), layout.Tokens[a].Span, null, true, null);
            if (pronoun is not null)
                return new Speaker(layout.Word(a), layout.Tokens[a].Span, null, false, null);

            // The whole clause before a cue verb is its subject ('Asisten Menteri ... untuk Urusan Eropa dan
            // Eurasia Karen Donfried mengatakan'); after a cue, the phrase ends at the first stop word.
            for (var t = a; t < (subject ? Math.Min(to, a + MaximumPhraseTokens + 6) : end); t++)
            {
                var e = layout.EntityAt[t];
                if (e >= 0 && layout.Entities[e].Type == EntityTypes.Person && (t == a || layout.EntityAt[t - 1] != e)
                    && (t == a || layout.IsCapitalised(t - 1) || QuoteLexicon.RoleEnds.Contains(layout.Word(t - 1))))
                    return FromEntity(layout.Entities[e]);
            }

            var role = QuoteLexicon.RoleLength(layout.Tokens, a, end);
            if (role > 0)
            {
                var roleText = layout.Span(a, a + role - 1).Of(layout.Text);
                var bare = end == a + role || end == a + role + 1 && QuoteLexicon.Anaphora.Contains(layout.Word(a + role));
                if (bare) return LastWithRole(roleText) ?? Described(a, a + role - 1, roleText);
                return Described(a, end - 1, layout.Span(a, end - 1).Of(layout.Text));
            }

            for (var t = a; t < end; t++)
            {
                var e = layout.EntityAt[t];
                if (e >= 0 && layout.Entities[e].Type != EntityTypes.Person) return FromEntity(layout.Entities[e]);
            }

            if (layout.IsCapitalised(a))
            {
                var run = a;
                while (run + 1 < end && (layout.IsCapitalised(run + 1) || IsInnerMark(run + 1) && run + 2 < end && layout.IsCapitalised(run + 2))) run++;
                if (run + 1 < end) return null; // 'California prosecutors': the name only qualifies the speaker, who is unknown
                var span = layout.Span(a, run);
                var text = span.Of(layout.Text);
                var body = QuoteLexicon.BodyOf(text);
                return new Speaker(text, span, body, body is null, null);
            }
            return null;
        }

        /// <summary>Function words end a speaker phrase only in lower case: 'AS' is a country, not English 'as'.</summary>
        private bool IsStop(int t) => layout.IsLower(t) && QuoteLexicon.SpeakerStops.Contains(layout.Word(t));

        /// <summary>Marks that sit inside a name or a role ('Washington D.C.', 'Al-Qaeda').</summary>
        private bool IsInnerMark(int t) => layout.Word(t) is "-" or "." or "'" or "’" or "&";

        private Speaker Described(int first, int last, string text) =>
            new(text, layout.Span(first, last), null, true, text);

        private static Speaker FromEntity(EntityMention e)
        {
            if (e.Type == EntityTypes.Person) return new Speaker(e.Text, e.Span, e.Canonical, true, e.Role);
            var body = QuoteLexicon.BodyOf(e.Canonical) ?? QuoteLexicon.BodyOf(e.Text);
            return new Speaker(e.Text, e.Span, body ?? e.Canonical, false, null);
        }

        /// <summary>The last speaker described by <paramref name="role"/> ('juru bicara itu' after 'juru bicara Gedung Putih').</summary>
        private Speaker? LastWithRole(string role)
        {
            for (var k = _resolved.Count - 1; k >= 0; k--)
            {
                var s = _resolved[k].Speaker;
                if (s.Role is not null && s.Role.Contains(role, StringComparison.OrdinalIgnoreCase)) return s;
            }
            return null;
        }

        /// <summary>The last person named before <paramref name="position"/>: a person mention outside quotes, or a person who spoke.</summary>
        private Speaker? Antecedent(int position)
        {
            Speaker? best = null;
            var bestAt = -1;
            var lo = 0;
            var hi = _people.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (_people[mid].Span.End <= position) { bestAt = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            if (bestAt >= 0)
            {
                best = FromEntity(_people[bestAt]);
                bestAt = _people[bestAt].Span.Start;
            }
            for (var k = _resolved.Count - 1; k >= 0; k--)
            {
                var (speaker, at, _, _) = _resolved[k];
                if (!speaker.IsPerson || at >= position) continue;
                if (at > bestAt) best = speaker;
                break;
            }
            return best;
        }

        private List<EntityMention> PeopleOutsideQuotes()
        {
            var people = new List<EntityMention>();
            foreach (var e in layout.Entities)
            {
                if (e.Type != EntityTypes.Person) continue;
                var t = TokenAt(e.Span.Start);
                if (t >= 0 && !_quoted[t]) people.Add(e);
            }
            return people;
        }

        /// <summary>The index of the token that contains or follows <paramref name="offset"/>.</summary>
        private int TokenAt(int offset)
        {
            var tokens = layout.Tokens;
            int lo = 0, hi = tokens.Count - 1, found = tokens.Count - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (tokens[mid].Span.End > offset) { found = mid; hi = mid - 1; }
                else lo = mid + 1;
            }
            return found;
        }
    }
}
