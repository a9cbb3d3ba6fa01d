using System.Text.RegularExpressions;
using Kabar.Resources;

namespace Kabar.Briefs;

/// <summary>
/// A role phrase in standard words, so that two spellings of one office agree: office words from
/// Resources/Briefs/role-words.tsv ('Menlu' = 'Menteri Luar Negeri', 'jubir' = 'juru bicara') and
/// place and body names from the entity data, Resources/Entities/aliases.tsv ('AS' = 'Amerika' =
/// 'Amerika Serikat'). Short all-capital aliases only match in capitals, as the entity data says.
/// </summary>
internal static partial class RoleWords
{
    private const int MaxPhraseWords = 6;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*\.?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    private sealed record Standard(string Words, bool CapitalsOnly);

    private static readonly Lazy<Dictionary<string, Standard>> Table = new(() =>
    {
        var table = new Dictionary<string, Standard>(StringComparer.Ordinal);
        void Add(string form, string standard)
        {
            var key = Key(form);
            if (key.Length == 0 || table.ContainsKey(key)) return;
            var capitals = form.Length <= 4 && form.Any(char.IsLetter) && form.Where(char.IsLetter).All(char.IsUpper);
            // A standard form is one token, so 'menteri luar negeri' is no run of 'wakil menteri luar negeri'.
            table[key] = new Standard(Key(standard).Replace(' ', '_'), capitals);
        }
        foreach (var row in KabarResources.Rows("Briefs/role-words.tsv").Where(r => r.Length >= 2))
        {
            Add(row[0], row[0]);
            foreach (var form in row[1].Split('|')) Add(form.Trim(), row[0]);
        }
        foreach (var row in KabarResources.Rows("Entities/aliases.tsv").Where(r => r.Length >= 2))
        {
            Add(row[1], row[1]);
            if (row.Length >= 3) foreach (var form in row[2].Split('|')) Add(form.Trim(), row[1]);
        }
        return table;
    });

    private static string Key(string phrase) => string.Join(' ', Word().Matches(phrase).Select(m => m.Value.TrimEnd('.').ToLowerInvariant()));

    /// <summary>The role's words, lower-cased, with every known short or other form replaced by its standard form.</summary>
    public static string Normalise(string role)
    {
        var words = Word().Matches(role).Select(m => m.Value.TrimEnd('.')).Where(w => w.Length > 0).ToList();
        var output = new List<string>();
        for (var i = 0; i < words.Count;)
        {
            var matched = 0;
            for (var n = Math.Min(MaxPhraseWords, words.Count - i); n >= 1 && matched == 0; n--)
            {
                var original = string.Join(' ', words.Skip(i).Take(n));
                if (!Table.Value.TryGetValue(original.ToLowerInvariant(), out var standard)) continue;
                if (standard.CapitalsOnly && original.Any(char.IsLower)) continue;
                output.Add(standard.Words);
                matched = n;
            }
            if (matched == 0) { output.Add(words[i].ToLowerInvariant()); matched = 1; }
            i += matched;
        }
        return string.Join(' ', output);
    }

    /// <summary>Two roles agree when, in standard words, one is a run of the other's ('Presiden' and 'Presiden AS').</summary>
    public static bool Agree(string a, string b)
    {
        var (x, y) = (Normalise(a), Normalise(b));
        return Within(x, y) || Within(y, x);
    }

    private static bool Within(string inner, string outer) => (" " + outer + " ").Contains(" " + inner + " ", StringComparison.Ordinal);
}
