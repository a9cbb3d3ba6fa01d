using Kabar.Model;
using Kabar.Resources;

namespace Kabar.Briefs;

/// <summary>
/// Whether a dated clause tells a happening. A page echoes its own publish line in the body
/// ('Kamis, 23 Desember 2021.', 'Selasa, (28/12/2021).'), opens with a dateline, or closes with a
/// credit line ('Foto: ... 28/12/2021'): such a date says when the page was made, and its clause
/// has hardly a word besides the date, or opens with a credit word (Resources/Briefs/credit-cues.txt).
/// </summary>
internal static class Happening
{
    /// <summary>A happening needs at least this many words besides its date: someone doing something.</summary>
    private const int MinOtherWords = 2;

    private static readonly Lazy<string[]> CreditCues = new(() => KabarResources.Lines("Briefs/credit-cues.txt").Select(l => l.ToLowerInvariant()).ToArray());

    public static bool IsHappening(StoryArticle article, TextSpan time, TextSpan clause)
    {
        var other = article.WordsIn(clause).Count(w => !time.Contains(new TextSpan(w.Start, w.End)) && w.End - w.Start > 1 && !w.Stem.All(char.IsDigit));
        if (other < MinOtherWords) return false;
        if (article.Article.Dateline is { Length: > 0 } dateline && article.Body.AsSpan(clause.Start, clause.Length).StartsWith(dateline, StringComparison.OrdinalIgnoreCase)
            && article.WordsIn(clause).Count() - article.WordsIn(time).Count() <= dateline.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length + 1)
            return false;
        var text = article.Body[clause.Start..clause.End].TrimStart('(', '[', ' ').ToLowerInvariant();
        return !CreditCues.Value.Any(cue => text.StartsWith(cue, StringComparison.Ordinal) && (text.Length == cue.Length || !char.IsLetter(text[cue.Length])));
    }
}
