namespace Kabar.Annotation.Entities;

/// <summary>
/// The known entities (by canonical name) an article names, and in which sentences: those the tagger
/// took for a name, and those the lexicon finds, tagged or not. The evidence, beyond one sentence, that
/// a known name the tagger left out is one the article is about.
/// </summary>
internal sealed class NamedInArticle
{
    /// <summary>An entity named in this many sentences is one of the article's subjects, wherever the tagger left it.</summary>
    public const int SubjectSentences = 2;

    private readonly Dictionary<string, (int First, bool Several)> _tagged = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Last, int Sentences, bool InLead)> _mentioned = new(StringComparer.Ordinal);

    public void Tagged(string canonical, int sentence)
    {
        if (!_tagged.TryGetValue(canonical, out var seen)) _tagged[canonical] = (sentence, false);
        else if (seen.First != sentence) _tagged[canonical] = (seen.First, true);
    }

    public void Mentioned(string canonical, int sentence)
    {
        var seen = _mentioned.GetValueOrDefault(canonical, (Last: -1, Sentences: 0, InLead: false));
        if (seen.Last != sentence) _mentioned[canonical] = (sentence, seen.Sentences + 1, seen.InLead || sentence == 0);
    }

    /// <summary>
    /// Whether the article is about the entity, seen from <paramref name="sentence"/>: the tagger named it
    /// in another sentence, or the article names it in <see cref="SubjectSentences"/> sentences or more,
    /// or in its lead (the first of several sentences, where news names what the story is about).
    /// </summary>
    public bool IsSubject(string canonical, int sentence, int sentences) =>
        _tagged.TryGetValue(canonical, out var seen) && (seen.Several || seen.First != sentence)
        || _mentioned.TryGetValue(canonical, out var m) && (m.Sentences >= SubjectSentences || sentences > 1 && m.InLead);
}
