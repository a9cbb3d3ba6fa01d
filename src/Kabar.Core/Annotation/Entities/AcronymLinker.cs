namespace Kabar.Annotation.Entities;

/// <summary>
/// Ties an acronym to the long name printed just before it, with or without brackets:
/// 'Organisasi untuk Keamanan dan Kerjasama di Eropa (OSCE)', 'Pakta Pertahanan Atlantik Utara NATO'.
/// Without brackets the pair must be known to the lexicon or the acronym must spell the name's
/// initials; in brackets an acronym that starts with the name's first letter is enough. Both
/// then share one canonical name, recorded for the rest of the article. A mention that takes the
/// bracketed acronym in ('Uni Eropa (UE)') names the same entity as its long name.
/// </summary>
internal static class AcronymLinker
{
    public static void Link(SentenceTokens sentence, List<Candidate> found, string body, EntityNames names)
    {
        var covering = Candidate.Covering(sentence, found);
        var pairs = new List<(Candidate Long, Candidate? Short, int At)>();
        foreach (var c in found)
        {
            if (c.Length < 2 || c.Type == Model.EntityTypes.Person) continue;
            if (EndsInBracketedAcronym(sentence, c)) { LinkWithin(sentence, c, body, names); continue; }
            var j = c.End;
            var bracketed = j + 2 < sentence.Count && sentence.Words[j] is "(" or "[" && sentence.Words[j + 2] is ")" or "]";
            var at = bracketed ? j + 1 : j;
            if (at >= sentence.Count || !IsAcronym(sentence.Words[at])) continue;
            var longText = c.Text(body);
            var acronym = sentence.Words[at];
            var known = names.Known(longText) is { } a && names.Known(acronym) is { } b && a.Canonical == b.Canonical;
            var fits = known || SpellsInitials(acronym, longText)
                || (bracketed && char.ToUpperInvariant(longText[0]) == acronym[0]);
            if (!fits) continue;
            pairs.Add((c, covering[at] is { } o && o.Start == at && o.End == at + 1 ? o : null, at));
        }
        foreach (var (longName, shortName, at) in pairs)
        {
            var acronym = shortName;
            if (acronym is null)
            {
                if (covering[at] is not null) continue;
                acronym = new Candidate { Sentence = sentence, Start = at, End = at + 1, Type = longName.Type };
                found.Add(acronym);
                covering[at] = acronym;
            }
            acronym.Type = longName.Type;
            names.Alias(longName.Text(body), sentence.Words[at], longName.Type);
        }
    }

    /// <summary>'Bursa Efek Indonesia (BEI)' as one mention, as IDNer marks it (and the tagger learnt): two words or more, then the acronym of their first letter.</summary>
    private static bool EndsInBracketedAcronym(SentenceTokens sentence, Candidate c) =>
        c.Length >= 5 && c.Part is null && sentence.Words[c.End - 3] is "(" or "[" && sentence.Words[c.End - 1] is ")" or "]"
        && IsAcronym(sentence.Words[c.End - 2]) && char.ToUpperInvariant(sentence.Words[c.Start][0]) == sentence.Words[c.End - 2][0];

    /// <summary>The mention, its long name and its acronym all take the long name's (or the acronym's known) canonical name.</summary>
    private static void LinkWithin(SentenceTokens sentence, Candidate c, string body, EntityNames names)
    {
        var longText = sentence.Span(c.Start, c.End - 3).Of(body);
        var acronym = sentence.Words[c.End - 2];
        names.Alias(longText, acronym, c.Type);
        names.Alias(c.Text(body), acronym, c.Type);
    }

    /// <summary>Two to eight capitals (digits allowed after the first): 'OSCE', 'NATO', 'G20'.</summary>
    public static bool IsAcronym(string word)
    {
        if (word.Length is < 2 or > 8 || !char.IsUpper(word[0])) return false;
        foreach (var c in word)
            if (!char.IsUpper(c) && !char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>True when the acronym's letters are, in order, initials of the name's words ('KPK' in 'Komisi Pemberantasan Korupsi').</summary>
    private static bool SpellsInitials(string acronym, string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        var k = 0;
        foreach (var w in words)
            if (k < acronym.Length && char.ToUpperInvariant(w[0]) == acronym[k]) k++;
        return k == acronym.Length && acronym.Count(char.IsLetter) >= 2;
    }
}
