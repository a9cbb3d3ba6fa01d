namespace Kabar.Annotation.Entities;

/// <summary>
/// Where the role phrases of <see cref="EntityLexicon"/> ('presiden', 'juru bicara', 'menteri')
/// lie in one sentence, and the role printed with a person: before the name ('Presiden Rusia
/// Vladimir Putin', 'Menteri Luar Negeri Rusia, Sergei Lavrov') or after it, behind a comma
/// ('Ned Price, juru bicara Departemen Luar Negeri Amerika Serikat'). A role runs from a role
/// phrase over capitalised words, small connecting words ('untuk', 'dan') and the bodies and
/// places named in it, and stops at any other word, at punctuation, and at another person.
/// </summary>
internal sealed class RoleWords
{
    private readonly SentenceTokens _sentence;
    private readonly EntityLexicon _lexicon;
    private readonly bool[] _inRole;
    private readonly bool[] _startsRole;

    public RoleWords(SentenceTokens sentence, EntityLexicon lexicon)
    {
        _sentence = sentence;
        _lexicon = lexicon;
        _inRole = new bool[sentence.Count];
        _startsRole = new bool[sentence.Count];
        for (var i = 0; i < sentence.Count;)
        {
            var length = lexicon.MatchRole(sentence.Lower, i);
            if (length == 0) { i++; continue; }
            _startsRole[i] = true;
            for (var k = i; k < i + length; k++) _inRole[k] = true;
            i += length;
        }
    }

    public bool StartsAt(int i) => _startsRole[i];
    public bool Contains(int i) => _inRole[i];

    public (int Start, int End)? RoleOf(Candidate person, Candidate?[] mentions) =>
        Before(person, mentions) ?? After(person, mentions);

    private (int, int)? Before(Candidate person, Candidate?[] mentions)
    {
        var j = person.Start - 1;
        if (j >= 0 && _sentence.Words[j] == ",") j--;
        var end = j + 1;
        var start = -1;
        while (j >= 0)
        {
            var other = At(mentions, j);
            if (other is not null)
            {
                if (other.Type == Model.EntityTypes.Person) break;
                j = other.Start - 1;
                continue;
            }
            if (!CanBeInRole(j)) break;
            if (_startsRole[j]) start = j;
            j--;
        }
        return start < 0 ? null : Trim(start, end);
    }

    private (int, int)? After(Candidate person, Candidate?[] mentions)
    {
        var j = person.End;
        if (j + 1 >= _sentence.Count || _sentence.Words[j] != "," || !_startsRole[j + 1]) return null;
        var start = j + 1;
        var k = start;
        while (k < _sentence.Count)
        {
            var other = At(mentions, k);
            if (other is not null)
            {
                if (other.Type == Model.EntityTypes.Person) break;
                k = other.End;
                continue;
            }
            if (!CanBeInRole(k)) break;
            k++;
        }
        return Trim(start, k);
    }

    private bool CanBeInRole(int i) =>
        _inRole[i] || _lexicon.IsConnector(_sentence.Lower[i]) || (_sentence.IsCapitalised(i) && char.IsLetter(_sentence.Words[i][0]));

    /// <summary>Drops connecting words at the end ('... untuk' is not a role).</summary>
    private (int, int)? Trim(int start, int end)
    {
        while (end > start && !_inRole[end - 1] && _lexicon.IsConnector(_sentence.Lower[end - 1])) end--;
        return end > start ? (start, end) : null;
    }

    private static Candidate? At(Candidate?[] mentions, int token) => mentions[token];
}
