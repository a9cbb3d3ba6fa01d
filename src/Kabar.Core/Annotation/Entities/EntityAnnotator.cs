using System.Globalization;
using Kabar.Annotation.Entities.Tagging;
using Kabar.Model;

namespace Kabar.Annotation.Entities;

/// <summary>
/// Finds people, organisations and places in the body and gives each mention its canonical name.
/// In order, per sentence: the sequence tagger (<see cref="NerModels.News"/>) proposes mentions;
/// known names of <see cref="EntityLexicon"/> (countries, bodies, epithets such as 'Negeri Beruang
/// Merah') fill what it cut short, and what it left out when the article shows they are its subject
/// (a second pass, once every sentence is tagged); role words at the front of a mention are split off; an acronym
/// printed after a long name ('... di Eropa (OSCE)') is tied to it. Then, over the article: places
/// and bodies get their standard name from the lexicon ('AS' and 'United States' are 'Amerika
/// Serikat'); a surname alone ('Lavrov') takes the full name seen in the article; and each person
/// gets the role printed before or after the name ('Menteri Luar Negeri Rusia', ', juru bicara ...').
/// </summary>
public sealed class EntityAnnotator : IAnnotator
{
    private readonly SequenceTagger? _tagger;
    private readonly EntityLexicon? _lexicon;
    private readonly EntitySteps _steps = EntitySteps.All;

    /// <summary>The shipped news tagger and lexicon (loaded on first use).</summary>
    public EntityAnnotator() { }

    /// <summary>The shipped tagger and lexicon with only these steps after the tagger (for measuring each step).</summary>
    public EntityAnnotator(EntitySteps steps) => _steps = steps;

    public EntityAnnotator(SequenceTagger tagger, EntityLexicon lexicon)
    {
        _tagger = tagger;
        _lexicon = lexicon;
    }

    public string Name => "entities";
    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences;
    public AnnotationLayers Produces => AnnotationLayers.Entities;

    private SequenceTagger Tagger => _tagger ?? NerModels.News;
    private EntityLexicon Lexicon => _lexicon ?? EntityLexicon.Default;

    public void Annotate(AnnotationDocument document)
    {
        var body = document.Text;
        var lexicon = Lexicon;
        var names = new EntityNames(lexicon);
        var all = new List<Candidate>();
        var bySentence = new List<(SentenceTokens Sentence, List<Candidate> Found, RoleWords Roles)>();
        var uncased = _tagger is null && TextCasing.IsUncased(document.Tokens);
        var tagged = new List<(SentenceTokens Sentence, List<Candidate> Found, List<Candidate>? LeftOut)>();
        var named = new NamedInArticle();
        foreach (var sentence in SentenceTokens.Split(document.Tokens, document.Sentences))
        {
            var found = uncased ? FromUncased(sentence) : FromTagger(sentence, Has(EntitySteps.Capitals));
            var leftOut = Has(EntitySteps.KnownNames) ? AddKnownNames(sentence, found, lexicon, named, tagged.Count) : null;
            foreach (var c in found) NoteKnownNames(sentence, c, lexicon, named, tagged.Count);
            tagged.Add((sentence, found, leftOut));
        }
        for (var s = 0; s < tagged.Count; s++)
        {
            var (sentence, found, leftOut) = tagged[s];
            if (leftOut is not null)
                foreach (var known in leftOut)
                    if (named.IsSubject(known.Canonical!, s, tagged.Count)) found.Add(known);
            if (Has(EntitySteps.JoinPeople)) JoinAdjacentPeople(found);
            var roles = new RoleWords(sentence, lexicon);
            if (Has(EntitySteps.Roles)) SplitOffRoles(sentence, found, roles, lexicon);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            if (Has(EntitySteps.Acronyms)) AcronymLinker.Link(sentence, found, body, names);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            bySentence.Add((sentence, found, roles));
            all.AddRange(found);
        }

        names.Canonicalise(all, body);
        if (Has(EntitySteps.Surnames)) AddSurnames(bySentence.Select(b => (b.Sentence, b.Found)).ToList(), all);
        foreach (var (sentence, found, roles) in bySentence)
        {
            var covering = Candidate.Covering(sentence, found);
            foreach (var c in found)
                if (c.Type == EntityTypes.Person) c.Role = roles.RoleOf(c, covering);
        }

        foreach (var c in all)
        {
            var span = c.Span;
            TextSpan? roleSpan = c.Role is { } r ? c.Sentence.Span(r.Start, r.End) : null;
            // Uncased text names 'joko widodo': its canonical name gets the capitals the page left out.
            var canonical = c.Canonical ?? span.Of(body);
            if (uncased && (canonical == canonical.ToLowerInvariant() || canonical == canonical.ToUpperInvariant()))
                canonical = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(canonical.ToLowerInvariant());
            document.Entities.Add(new EntityMention(span, span.Of(body), c.Type, canonical,
                roleSpan?.Of(body), roleSpan));
        }
    }

    private bool Has(EntitySteps step) => (_steps & step) != 0;

    /// <summary>
    /// A surname the tagger did not mark ('Lavrov mengatakan ...', '... lanjut Lavrov.') after the
    /// person's full name was seen: it is that person. Surnames shared by two people are left alone.
    /// </summary>
    private static void AddSurnames(List<(SentenceTokens Sentence, List<Candidate> Found)> sentences, List<Candidate> all)
    {
        var surnames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (sentence, found) in sentences)
        {
            var covering = Candidate.Covering(sentence, found);
            var added = new List<Candidate>();
            var next = 0; // found is sorted by Start
            for (var i = 0; i < sentence.Count; i++)
            {
                if (seen.Count > 0 && covering[i] is null && sentence.IsCapitalised(i)
                    && surnames.TryGetValue(sentence.Words[i], out var person) && person is not null)
                    added.Add(new Candidate { Sentence = sentence, Start = i, End = i + 1, Type = EntityTypes.Person, Canonical = person });
                for (; next < found.Count && found[next].Start == i; next++)
                {
                    var c = found[next];
                    if (c.Type != EntityTypes.Person || c.Length < 2 || c.Canonical is null || !seen.Add(c.Canonical)) continue;
                    var surname = sentence.Words[c.End - 1];
                    surnames[surname] = surnames.TryGetValue(surname, out var other) && other != c.Canonical ? null : c.Canonical;
                }
            }
            if (added.Count == 0) continue;
            found.AddRange(added);
            all.AddRange(added);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        all.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>
    /// Two person mentions with nothing between them are one name the tagger or a known name cut in two
    /// ('Listyo Sigit' + 'Prabowo'): names in a list are parted by commas or 'dan', and a name in brackets
    /// after another is a second name for the same person. The joined name is
    /// nobody the lexicon knows, so it keeps no canonical name from either part.
    /// </summary>
    private static void JoinAdjacentPeople(List<Candidate> found)
    {
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        for (var k = found.Count - 1; k > 0; k--)
        {
            var (left, right) = (found[k - 1], found[k]);
            if (left.Type != EntityTypes.Person || right.Type != EntityTypes.Person || left.End != right.Start || left.Part is not null || right.Part is not null) continue;
            if (!char.IsLetterOrDigit(left.Sentence.Words[right.Start][0])) continue; // 'Joko Widodo (Jokowi)': a second name in brackets
            left.End = right.End;
            left.Canonical = null;
            found.RemoveAt(k);
        }
    }

    /// <summary>Text that lost its capitals: the NERP model on the lower-cased words, its types as Kabar's.</summary>
    private static List<Candidate> FromUncased(SentenceTokens sentence)
    {
        var tags = NerModels.Nerp.Tag(sentence.Lower, sentence.Lower);
        var found = new List<Candidate>();
        for (var i = 0; i < tags.Length;)
        {
            if (tags[i] == "O") { i++; continue; }
            var tag = tags[i][2..];
            var end = i + 1;
            while (end < tags.Length && tags[end] == "I-" + tag) end++;
            if (TextCasing.NerpTypes.TryGetValue(tag, out var type))
                found.Add(new Candidate { Sentence = sentence, Start = i, End = end, Type = type });
            i = end;
        }
        return found;
    }

    /// <summary>The tagger's mentions, less those with no capital at all (in cased text a name has one).</summary>
    private List<Candidate> FromTagger(SentenceTokens sentence, bool needCapital)
    {
        var tags = Tagger.Tag(sentence.Words, sentence.Lower);
        var found = new List<Candidate>();
        for (var i = 0; i < tags.Length;)
        {
            if (tags[i] == "O") { i++; continue; }
            var type = tags[i][2..];
            var end = i + 1;
            while (end < tags.Length && tags[end] == "I-" + type) end++;
            var capitalised = false;
            for (var k = i; k < end && !capitalised; k++) capitalised = sentence.IsCapitalised(k);
            if (capitalised || !needCapital)
                found.Add(new Candidate { Sentence = sentence, Start = i, End = end, Type = type });
            i = end;
        }
        return found;
    }

    /// <summary>
    /// Records the known entities a mention names: itself ('AS' is 'Amerika Serikat') or known names inside it
    /// ('Rusia' in 'Kementerian Luar Negeri Rusia'): the tagger took the name for a name, or part of one.
    /// </summary>
    private static void NoteKnownNames(SentenceTokens sentence, Candidate c, EntityLexicon lexicon, NamedInArticle named, int at)
    {
        if (c.Canonical is { } canonical) named.Tagged(canonical, at);
        if (c.Part is not null) return;
        for (var i = c.Start; i < c.End;)
        {
            var length = lexicon.MatchName(sentence.Lower, i, out var entry, sentence.Words);
            if (length == 0 || i + length > c.End) { i++; continue; }
            named.Tagged(entry!.Canonical, at);
            i += length;
        }
    }

    /// <summary>
    /// Known names the tagger cut short: a known name replaces the mentions inside it ('Amerika' of
    /// 'Amerika Serikat'), and yields to a mention it is inside ('Rusia' within 'Kementerian Luar
    /// Negeri Rusia'). A known name the tagger left untouched is returned, for the second pass to add
    /// only when the article shows it is one of its subjects (<see cref="NamedInArticle.IsSubject"/>): the
    /// tagger named the same entity in another sentence, or the article names it in two sentences or in its lead;
    /// one entity, one decision per article, as for surnames. The tagger saw the lexicon entry as
    /// a feature and left the name out from its context (IDNer leaves a country O in 36% of its capitalised
    /// uses, as the modifier in 'militer Israel', 'warga Indonesia'), so a name it never took in the
    /// article stays out; but 'Rusia' opening a sentence is the Rusia the article is about. Only names
    /// from other sentences count: within one sentence the tagger saw both places and chose.
    /// </summary>
    /// <returns>The known names left out for want of a tagged part (null when none), for the second pass to add.</returns>
    private static List<Candidate>? AddKnownNames(SentenceTokens sentence, List<Candidate> found, EntityLexicon lexicon, NamedInArticle article, int at)
    {
        List<Candidate>? leftOut = null;
        var covering = Candidate.Covering(sentence, found);
        var removed = new HashSet<Candidate>();
        var added = new List<Candidate>();
        for (var i = 0; i < sentence.Count;)
        {
            var length = lexicon.MatchName(sentence.Lower, i, out var entry, sentence.Words);
            if (length == 0 && sentence.Words[i].Contains('-')) AddHyphenatedNames(sentence, i, covering, removed, added, lexicon);
            if (length == 0 || !sentence.IsCapitalised(i)) { i++; continue; }
            if (entry!.Type == EntityTypes.Organisation && i + length < sentence.Count && sentence.IsCapitalised(i + length)
                && lexicon.MatchName(sentence.Lower, i + length, out var next, sentence.Words) > 0 && next!.Type == EntityTypes.Location)
            {
                // 'Kementerian Luar Negeri Ukraina' is Ukraine's ministry, not the known 'Kementerian Luar Negeri'.
                i += length;
                continue;
            }
            var known = new Candidate { Sentence = sentence, Start = i, End = i + length, Type = entry.Type, Canonical = entry.Canonical };
            bool inside = true, tagged = false;
            // A mention may run on into the acronym printed after the known name: the linker ties that to it.
            var end = BracketedAcronymAfter(sentence, i + length) ? i + length + 3 : i + length;
            for (var k = i; k < i + length && inside; k++)
            {
                inside = covering[k] is not { } o || (o.Start >= i && o.End <= end);
                tagged |= covering[k] is not null;
            }
            article.Mentioned(entry.Canonical, at);
            if (inside && !tagged) (leftOut ??= []).Add(known);
            if (inside && tagged)
            {
                for (var k = i; k < end; k++)
                    if (covering[k] is { } o) removed.Add(o);
                added.Add(known);
                for (var k = i; k < i + length; k++) covering[k] = known;
                for (var k = i + length; k < end; k++)
                    if (covering[k] is { } o && removed.Contains(o)) covering[k] = null;
            }
            i += length;
        }
        found.RemoveAll(removed.Contains);
        found.AddRange(added.Where(a => !removed.Contains(a)));
        return leftOut;
    }

    private static bool BracketedAcronymAfter(SentenceTokens sentence, int at) =>
        at + 2 < sentence.Count && sentence.Words[at] == "(" && sentence.Words[at + 2] == ")" && AcronymLinker.IsAcronym(sentence.Words[at + 1]);

    /// <summary>'AS-Rusia', 'Rusia-NATO': each part that is a known name becomes a mention of its own.</summary>
    private static void AddHyphenatedNames(SentenceTokens sentence, int i, Candidate?[] covering, HashSet<Candidate> removed,
        List<Candidate> added, EntityLexicon lexicon)
    {
        var parts = sentence.Words[i].Split('-');
        if (parts.Length < 2) return;
        var known = new List<Candidate>();
        var offset = sentence.Spans[i].Start;
        foreach (var part in parts)
        {
            if (part.Length > 0 && char.IsUpper(part[0]) && lexicon.MatchName([part.ToLowerInvariant()], 0, out var entry, [part]) == 1)
                known.Add(new Candidate
                {
                    Sentence = sentence, Start = i, End = i + 1, Type = entry!.Type, Canonical = entry.Canonical,
                    Part = new TextSpan(offset, offset + part.Length),
                });
            offset += part.Length + 1;
        }
        if (known.Count == 0) return;
        if (covering[i] is { } tagged)
        {
            if (tagged.Start != i || tagged.End != i + 1) return; // part of a longer name: leave it whole
            removed.Add(tagged);
        }
        added.AddRange(known);
        covering[i] = known[0];
    }

    /// <summary>
    /// Role words the tagger took into a mention: 'Presiden Joe Biden' is the person 'Joe Biden';
    /// 'Menteri Luar Negeri Rusia' tagged as a body is the place 'Rusia' (the rest is a role), or
    /// nothing when no known name remains.
    /// </summary>
    private static void SplitOffRoles(SentenceTokens sentence, List<Candidate> found, RoleWords roles, EntityLexicon lexicon)
    {
        for (var k = found.Count - 1; k >= 0; k--)
        {
            var c = found[k];
            if (!roles.StartsAt(c.Start) || c.Canonical is not null) continue;
            if (c.Type == EntityTypes.Person)
            {
                var start = c.Start;
                while (start < c.End - 1 && (roles.Contains(start) || lexicon.IsConnector(sentence.Lower[start])
                       || lexicon.MatchName(sentence.Lower, start, out _, sentence.Words) > 0))
                    start++;
                c.Start = start;
                continue;
            }
            found.RemoveAt(k);
            for (var s = c.Start + 1; s < c.End; s++)
            {
                var length = lexicon.MatchName(sentence.Lower, s, out var entry, sentence.Words);
                if (s + length != c.End || length == 0) continue;
                found.Add(new Candidate { Sentence = sentence, Start = s, End = c.End, Type = entry!.Type, Canonical = entry.Canonical });
                break;
            }
        }
    }
}
