using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Extraction.Metadata;
using Kabar.Model;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// A source named in running text: 'seperti dilansir Straits Times, Selasa, (28/12/2021)',
/// 'dilansir dari Russia Today', 'seperti dikutip Reuters'. Only names that read as a news medium
/// count (see media-words.txt), so 'mengutip Menteri X' credits nobody. The date right after the
/// name, when there is one, is when that source published.
/// </summary>
internal sealed record Attribution(string Source, PageTime? SourceDate)
{
    private const string Word = @"(?:\p{Lu}[\p{L}\d.&'’-]*|[\p{L}\d]+\.(?:com|id|co\.id|net|org|tv))";
    private static readonly Regex Pattern = new(
        $@"(?<![\p{{L}}])(?i:{TextDumpCues.AttributionCuePattern})\s+(?<name>{Word}(?:\s+{Word}){{0,4}})",
        RegexOptions.CultureInvariant | PatternCompilation.Option);

    public static IEnumerable<Attribution> FindAll(string paragraph)
    {
        foreach (Match m in Pattern.Matches(paragraph.Length > 5000 ? paragraph[..5000] : paragraph))
        {
            var words = m.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            // 'dilansir Straits Times Selasa' → stop at calendar words.
            var cut = words.FindIndex(w => TextDumpCues.IsWeekday(w) || Language.CalendarWords.Months.ContainsKey(w));
            if (cut >= 0) words = words[..cut];
            var name = string.Join(' ', words).TrimEnd('.', ',');
            if (name.Length < 2 || !TextDumpCues.LooksLikeMedium(name)) continue;
            var after = paragraph.Substring(m.Groups["name"].Index + m.Groups["name"].Length, Math.Min(60, paragraph.Length - m.Groups["name"].Index - m.Groups["name"].Length));
            var date = PageDateParser.FindAll(after).FirstOrDefault(d => d.Index <= 25)?.Time;
            yield return new Attribution(name, date);
        }
    }
}
