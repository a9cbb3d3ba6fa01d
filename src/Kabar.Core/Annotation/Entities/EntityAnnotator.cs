using Kabar.Annotation.Entities.Tagging;
using Kabar.Model;

namespace Kabar.Annotation.Entities;

/// <summary>
/// Finds people, organisations and places in the body and gives each mention its canonical name.
/// In order, per sentence: the sequence tagger (<see cref="NerModels.News"/>) proposes mentions;
/// known names of <see cref="EntityLexicon"/> (countries, bodies, epithets such as 'Negeri Beruang
/// Merah') fill what it missed; role words at the front of a mention are split off; an acronym
/// printed after a long name ('... di Eropa (OSCE)') is tied to it. Then, over the article: places
/// and bodies get their standard name from the lexicon ('AS' and 'United States' are 'Amerika
/// Serikat'); a surname alone ('Lavrov') takes the full name seen in the article; and each person
/// gets the role printed before or after the name ('Menteri Luar Negeri Rusia', ', juru bicara ...').
/// </summary>
public sealed class EntityAnnotator : IAnnotator
{
    private readonly SequenceTagger? _tagger;
    private readonly EntityLexicon? _lexicon;

    /// <summary>The shipped news tagger and lexicon (loaded on first use).</summary>
    public EntityAnnotator() { }

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
        foreach (var sentence in SentenceTokens.Split(document.Tokens, document.Sentences))
        {
            var found = FromTagger(sentence);
            AddKnownNames(sentence, found, lexicon);
            var roles = new RoleWords(sentence, lexicon);
            SplitOffRoles(sentence, found, roles, lexicon);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            AcronymLinker.Link(sentence, found, body, names);
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
            bySentence.Add((sentence, found, roles));
            all.AddRange(found);
        }

        names.Canonicalise(all, body);
        AddSurnames(bySentence.Select(b => (b.Sentence, b.Found)).ToList(), all);
        foreach (var (sentence, found, roles) in bySentence)
            foreach (var c in found)
                if (c.Type == EntityTypes.Person) c.Role = roles.RoleOf(c, found);

        foreach (var c in all)
        {
            var span = c.Sentence.Span(c.Start, c.End);
            TextSpan? roleSpan = c.Role is { } r ? c.Sentence.Span(r.Start, r.End) : null;
            document.Entities.Add(new EntityMention(span, span.Of(body), c.Type, c.Canonical ?? span.Of(body),
                roleSpan?.Of(body), roleSpan));
        }
    }

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
            for (var i = 0; i < sentence.Count; i++)
            {
                if (seen.Count > 0 && sentence.IsCapitalised(i) && surnames.TryGetValue(sentence.Words[i], out var person)
                    && person is not null && !found.Any(c => c.Start <= i && i < c.End))
                {
                    var added = new Candidate { Sentence = sentence, Start = i, End = i + 1, Type = EntityTypes.Person, Canonical = person };
                    found.Add(added);
                    all.Add(added);
                }
                foreach (var c in found)
                {
                    if (c.Start != i || c.Type != EntityTypes.Person || c.Length < 2 || c.Canonical is null || !seen.Add(c.Canonical)) continue;
                    var surname = sentence.Words[c.End - 1];
                    surnames[surname] = surnames.TryGetValue(surname, out var other) && other != c.Canonical ? null : c.Canonical;
                }
            }
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        all.Sort((a, b) => a.Sentence.Spans[a.Start].Start.CompareTo(b.Sentence.Spans[b.Start].Start));
    }

    /// <summary>The tagger's mentions, less those with no capital at all (in cased text a name has one).</summary>
    private List<Candidate> FromTagger(SentenceTokens sentence)
    {
        var tags = Tagger.Tag(sentence.Words);
        var found = new List<Candidate>();
        for (var i = 0; i < tags.Length;)
        {
            if (tags[i] == "O") { i++; continue; }
            var type = tags[i][2..];
            var end = i + 1;
            while (end < tags.Length && tags[end] == "I-" + type) end++;
            var capitalised = false;
            for (var k = i; k < end && !capitalised; k++) capitalised = sentence.IsCapitalised(k);
            if (capitalised)
                found.Add(new Candidate { Sentence = sentence, Start = i, End = end, Type = type });
            i = end;
        }
        return found;
    }

    /// <summary>
    /// Known names the tagger missed or cut short: a known name replaces the mentions inside it,
    /// and yields to a mention it is inside ('Rusia' within 'Kementerian Luar Negeri Rusia').
    /// </summary>
    private static void AddKnownNames(SentenceTokens sentence, List<Candidate> found, EntityLexicon lexicon)
    {
        for (var i = 0; i < sentence.Count;)
        {
            var length = lexicon.MatchName(sentence.Lower, i, out var entry, sentence.Words);
            if (length == 0 || !sentence.IsCapitalised(i)) { i++; continue; }
            var known = new Candidate { Sentence = sentence, Start = i, End = i + length, Type = entry!.Type, Canonical = entry.Canonical };
            var overlapping = found.Where(known.Overlaps).ToList();
            if (overlapping.All(o => o.Start >= known.Start && o.End <= known.End))
            {
                foreach (var o in overlapping) found.Remove(o);
                found.Add(known);
            }
            i += length;
        }
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
