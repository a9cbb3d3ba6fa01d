using Kabar.Model;
using Kabar.Resources;

namespace Kabar.Annotation.Entities;

/// <summary>
/// Whether a body kept its capitals. Text that lost them (all lower case, as NERP prints it, or all
/// capitals, as some wire feeds and headlines do) gives the cased tagger nothing to go on, so it goes to
/// the NERP model, lower-cased, with NERP's types mapped to Kabar's (Resources/Entities/nerp-types.tsv).
/// </summary>
internal static class TextCasing
{
    /// <summary>Below this share of words with a capital first letter, or above this share of words in capitals, the text is uncased.</summary>
    private const double CapitalisedFloor = 0.02;
    private const double AllCapitalsCeiling = 0.8;

    /// <summary>Fewer words than this say nothing about casing (a one-word body).</summary>
    private const int MinimumWords = 5;

    /// <summary>The casing of the first this-many words is the casing of the text: reading on costs time and says nothing new.</summary>
    private const int SampleWords = 300;

    public static readonly IReadOnlyDictionary<string, string> NerpTypes = KabarResources.Table("Entities/nerp-types.tsv");

    public static bool IsUncased(IReadOnlyList<Token> tokens)
    {
        int words = 0, capitalised = 0, capitals = 0;
        foreach (var t in tokens)
        {
            var text = t.Text;
            if (text.Length == 0 || !char.IsLetter(text[0])) continue;
            if (++words > SampleWords) { words--; break; }
            if (char.IsUpper(text[0])) capitalised++;
            if (text.Length > 1 && char.IsUpper(text[0]) && !text.AsSpan().ContainsAnyInRange('a', 'z')) capitals++;
        }
        if (words < MinimumWords) return false;
        return capitalised <= words * CapitalisedFloor || capitals >= words * AllCapitalsCeiling;
    }
}
