using Kabar.Language;
using Kabar.Model;
using Kabar.Resources;

namespace Kabar.Annotation.Quotes;

/// <summary>How a speech cue attributes words to a speaker; see Resources/Quotes/cues.tsv.</summary>
[Flags]
internal enum CueKinds
{
    None = 0,
    /// <summary>'"...," kata Lavrov': the cue follows the words and precedes the speaker.</summary>
    After = 1,
    /// <summary>'Lavrov mengatakan bahwa ...': the speaker precedes the cue.</summary>
    Verb = 2,
    /// <summary>A verb whose reported words may follow it without 'bahwa' or a comma.</summary>
    Open = 4,
    /// <summary>'menurut X, ...'.</summary>
    According = 8,
    /// <summary>The -nya form of an after-cue (katanya): the speaker is the pronoun it carries.</summary>
    Pronoun = 16,
}

/// <summary>The word lists quote attribution reads from Resources/Quotes (cues, roles, pronouns, stops, complementisers, metonymy).</summary>
internal static class QuoteLexicon
{
    private static readonly Dictionary<string, CueKinds> CueTable = LoadCues();
    private static readonly Dictionary<string, CueKinds>.AlternateLookup<ReadOnlySpan<char>> CueLookup =
        CueTable.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Dictionary<string, string> PronounTable = new(KabarResources.Table("Quotes/pronouns.tsv"), StringComparer.OrdinalIgnoreCase);
    private static readonly IReadOnlyDictionary<string, string> Metonymy = KabarResources.Table("Quotes/metonymy.tsv");
    /// <summary>Abbreviated roles and what they stand for ('menkeu': 'menteri keuangan').</summary>
    private static readonly Dictionary<string, string> RoleAbbreviations = new(KabarResources.Table("Quotes/role-abbreviations.tsv"), StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, List<string[]>> Roles = LoadRoles();

    public static readonly WordSet SpeakerStops = WordSet.FromResource("Quotes/speaker-stops.txt");
    public static readonly WordSet ClauseWords = WordSet.FromResource("Quotes/clause-words.txt");
    /// <summary>'bahwa', 'that': they open the reported words after a cue verb.</summary>
    public static readonly WordSet Complementisers = WordSet.FromResource("Quotes/complementisers.txt");
    /// <summary>'yang': a cue verb right after one has no subject of its own.</summary>
    public static readonly WordSet RelativeWords = WordSet.FromResource("Quotes/relative-words.txt");
    public static readonly WordSet Determiners = WordSet.FromResource("Quotes/determiners.txt");
    public static readonly WordSet Anaphora = WordSet.FromResource("Quotes/anaphora.txt");
    /// <summary>The last word of each role ('bicara' of 'juru bicara'): a name right after one is the role's holder.</summary>
    public static readonly WordSet RoleEnds = new(Roles.Values.SelectMany(l => l).Select(r => r[^1]));

    public static CueKinds Cue(string word) => CueLookup.TryGetValue(word.AsSpan(), out var kinds) ? kinds : CueKinds.None;

    /// <summary>"person" for a pronoun that stands for one person, "group" for a plural one, null for other words.</summary>
    public static string? Pronoun(string word) => PronounTable.GetValueOrDefault(word);

    /// <summary>The body a speaking place stands for (Brussel: Uni Eropa), or null.</summary>
    public static string? BodyOf(string place) => Metonymy.GetValueOrDefault(place);

    /// <summary>How many tokens from <paramref name="start"/> spell a role (longest match), 0 when none does.</summary>
    public static int RoleLength(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start >= end || !Roles.TryGetValue(tokens[start].Text, out var candidates)) return 0;
        var best = 0;
        foreach (var role in candidates)
        {
            if (role.Length <= best || start + role.Length > end) continue;
            var k = 1;
            while (k < role.Length && string.Equals(tokens[start + k].Text, role[k], StringComparison.OrdinalIgnoreCase)) k++;
            if (k == role.Length) best = role.Length;
        }
        return best;
    }

    /// <summary>A role with its abbreviated first word spelt out ('Menkeu RI' to 'menteri keuangan RI').</summary>
    public static string ExpandRole(string role)
    {
        var space = role.IndexOf(' ');
        var first = space < 0 ? role : role[..space];
        return RoleAbbreviations.TryGetValue(first, out var full) ? full + (space < 0 ? "" : role[space..]) : role;
    }

    private static Dictionary<string, CueKinds> LoadCues()
    {
        var table = new Dictionary<string, CueKinds>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, kindList) in KabarResources.Table("Quotes/cues.tsv"))
        {
            var kinds = CueKinds.None;
            foreach (var kind in kindList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                kinds |= Enum.Parse<CueKinds>(kind, ignoreCase: true);
            table[word] = table.GetValueOrDefault(word) | kinds;
            // Indonesian marks the speaker on the cue itself: katanya, ujarnya, tambahnya.
            if (kinds.HasFlag(CueKinds.After))
                foreach (var suffix in KabarResources.Lines("Quotes/pronoun-suffixes.txt"))
                    table[word + suffix] = table.GetValueOrDefault(word + suffix) | CueKinds.After | CueKinds.Pronoun;
        }
        return table;
    }

    private static Dictionary<string, List<string[]>> LoadRoles()
    {
        var roles = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in KabarResources.Lines("Quotes/roles.txt").Concat(RoleAbbreviations.Keys))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!roles.TryGetValue(words[0], out var list)) roles[words[0]] = list = [];
            list.Add(words);
        }
        return roles;
    }
}
