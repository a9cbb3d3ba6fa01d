using Kabar.Model;

namespace Kabar.Annotation.Quotes;

/// <summary>Who said each quote: the phrase of its cue, a pronoun's antecedent, a role's holder, or the speaker before.</summary>
internal sealed partial class QuoteFinder
{
    private Speaker? Resolve(Candidate c) => c.How switch
    {
        Attribution.Continuation => PreviousSpeaker(layout.SentenceOf[TokenAt(c.Content.Start)], c.Content.Start),
        Attribution.PhraseAfterCue when c.PronounCue => Antecedent(layout.Tokens[c.Cue].Span.Start),
        Attribution.SubjectBeforeCue when c.From >= c.To || QuoteLexicon.RelativeWords.Contains(layout.Word(c.From))
            => SpeakerInSentence(layout.SentenceOf[c.Cue]),
        _ => Phrase(c.From, c.To, c.How == Attribution.SubjectBeforeCue),
    };

    /// <summary>
    /// The speaker of a quote with no cue: who spoke a quote in the last few sentences, else the person
    /// named (outside quotes) in the sentence before or in this one before the quote. Sentences, not
    /// paragraphs, so that text printed on one line reads the same.
    /// </summary>
    private Speaker? PreviousSpeaker(int sentence, int position)
    {
        if (_resolved.Count > 0 && _resolved[^1].Sentence >= sentence - ContinuationSentences) return _resolved[^1].Speaker;
        var person = LastPersonBefore(position);
        return person is { } p && layout.SentenceOf[TokenAt(p.Span.Start)] >= sentence - 1 ? FromEntity(p) : null;
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
            return Antecedent(layout.Tokens[a].Span.Start); // unresolved: no speaker rather than 'dia'
        if (pronoun is not null)
            return LastGroupBefore(layout.Tokens[a].Span.Start);

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
        if (role > 0 && NameAfterComma(end) is { } holder) return holder; // 'ucap Kasat Reskrim Polres X, AKBP Nasriadi'
        if (role > 0)
        {
            var roleText = layout.Span(a, a + role - 1).Of(layout.Text);
            var bare = end == a + role || end == a + role + 1 && QuoteLexicon.Anaphora.Contains(layout.Word(a + role));
            if (bare) return LastWithRole(roleText) ?? RoleHolder(roleText, layout.Tokens[a].Span.Start) ?? Described(a, a + role - 1, roleText);
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
        if (e.Type == EntityTypes.Person) return new Speaker(e.Text, e.Span, e.Canonical, true, e.Role, e);
        var body = QuoteLexicon.BodyOf(e.Canonical) ?? QuoteLexicon.BodyOf(e.Text);
        return new Speaker(e.Text, e.Span, body ?? e.Canonical, false, null, e);
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
        if (LastPersonBefore(position) is { } person)
        {
            best = FromEntity(person);
            bestAt = person.Span.Start;
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

    /// <summary>A person named right after the comma that ends a role phrase (a rank such as 'AKBP' may come first).</summary>
    private Speaker? NameAfterComma(int end)
    {
        if (end >= layout.Tokens.Count || layout.Word(end) != ",") return null;
        for (var t = end + 1; t < Math.Min(layout.Tokens.Count, end + 4) && layout.IsWord(t); t++)
        {
            var e = layout.EntityAt[t];
            if (e >= 0 && layout.Entities[e].Type == EntityTypes.Person) return FromEntity(layout.Entities[e]);
        }
        return null;
    }

    /// <summary>The last person mention outside quotes that ends before <paramref name="position"/>.</summary>
    private EntityMention? LastPersonBefore(int position)
    {
        var found = -1;
        var lo = 0;
        var hi = _people.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_people[mid].Span.End <= position) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found >= 0 ? _people[found] : null;
    }

    /// <summary>'mereka', 'kami': the last organisation named outside quotes before the pronoun, or no speaker.</summary>
    private Speaker? LastGroupBefore(int position)
    {
        for (var k = layout.Entities.Count - 1; k >= 0; k--)
        {
            var e = layout.Entities[k];
            if (e.Span.End > position || e.Type != EntityTypes.Organisation) continue;
            var t = TokenAt(e.Span.Start);
            if (t >= 0 && !_quoted[t]) return FromEntity(e);
        }
        return null;
    }

    /// <summary>
    /// The person the article names with <paramref name="role"/> ('kata Menkeu' after 'Menteri Keuangan
    /// Sri Mulyani'): the last such person before <paramref name="position"/>, else the first after it.
    /// Abbreviated roles are expanded through Resources/Quotes/role-abbreviations.tsv.
    /// </summary>
    private Speaker? RoleHolder(string role, int position)
    {
        var full = QuoteLexicon.ExpandRole(role);
        EntityMention? after = null;
        for (var k = layout.Entities.Count - 1; k >= 0; k--)
        {
            var e = layout.Entities[k];
            if (e.Type != EntityTypes.Person || e.Role is null) continue;
            var held = QuoteLexicon.ExpandRole(e.Role);
            if (!held.StartsWith(full, StringComparison.OrdinalIgnoreCase)) continue;
            if (e.Span.End <= position) return FromEntity(e);
            after = e;
        }
        return after is null ? null : FromEntity(after);
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
