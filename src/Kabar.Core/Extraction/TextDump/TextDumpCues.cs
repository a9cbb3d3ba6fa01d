using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Resources;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// What the text-dump extractor knows, read once from Resources/Extraction/TextDump: boilerplate
/// phrases and their cut reasons, credit labels, caption and photo-credit patterns, date cues,
/// attribution cues, wire agencies and media words. Immutable and shared by every page.
/// </summary>
internal static class TextDumpCues
{
    private const string Folder = "Extraction/TextDump/";
    public static readonly RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | PatternCompilation.Option;

    public sealed record LineCue(Regex Pattern, string Reason);

    /// <summary>How a copyright or powered-by line opens ('©', 'Hak cipta'), as one alternation.</summary>
    public static readonly string CopyrightCuePattern = string.Join("|", KabarResources.Lines(Folder + "copyright-cues.txt"));

    public static readonly IReadOnlyList<LineCue> LineCues = Rows("line-cues.tsv")
        .Select(r => new LineCue(new Regex(r[0], Options), r[1]))
        .Append(new LineCue(new Regex($"^(?:{CopyrightCuePattern})", Options), Model.CutReasons.Navigation))
        .ToList();

    /// <summary>Words that open a byline without a colon ('Oleh', 'By'), as one alternation.</summary>
    public static readonly string BylinePrefixPattern = string.Join("|", KabarResources.Lines(Folder + "byline-prefixes.txt").Select(Regex.Escape));

    /// <summary>Credit labels of photographers ('Foto', 'Photo'), as one alternation.</summary>
    public static string PhotoLabelPattern => string.Join("|", CreditLabels.Where(kv => kv.Value == "photo").Select(kv => Regex.Escape(kv.Key)).OrderByDescending(k => k.Length));

    /// <summary>Credit label (lower case) → role: author, editor, wire or photo.</summary>
    public static readonly IReadOnlyDictionary<string, string> CreditLabels = KabarResources.Table(Folder + "credit-labels.tsv");

    public static readonly IReadOnlyList<Regex> CaptionStarts = Rows("caption-cues.tsv")
        .Where(r => r[0] == "starts").Select(r => new Regex(r[1], Options)).ToList();

    /// <summary>Photo-credit patterns; each has a group named 'credit'. Case-sensitive: credits are capitalised.</summary>
    public static readonly IReadOnlyList<Regex> CaptionCredits = Rows("caption-cues.tsv")
        .Where(r => r[0] == "credit").Select(r => new Regex(r[1], RegexOptions.CultureInvariant | PatternCompilation.Option)).ToList();

    /// <summary>A date cue at the end of the text before a date: 'diperbarui', 'diterbitkan'.</summary>
    public static readonly Regex ModifiedCue = CueAtEnd(Rows("date-cues.tsv").Where(r => r[1] == "modified").Select(r => r[0]));
    public static readonly string DateCuePattern = string.Join("|", Rows("date-cues.tsv").Select(r => r[0]));

    public static readonly string AttributionCuePattern = string.Join("|", KabarResources.Lines(Folder + "attribution-cues.txt"));

    /// <summary>Words that make a 'Word:' paragraph opening a label, not a dateline (lead-labels.txt).</summary>
    public static readonly IReadOnlySet<string> LeadLabels = new HashSet<string>(KabarResources.Lines(Folder + "lead-labels.txt"), StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlySet<string> WireAgencies = new HashSet<string>(KabarResources.Lines(Folder + "wire-agencies.txt"), StringComparer.OrdinalIgnoreCase);
    public static readonly IReadOnlySet<string> MediaWords = new HashSet<string>(KabarResources.Lines(Folder + "media-words.txt"), StringComparer.OrdinalIgnoreCase);

    public static readonly string LabelPattern = string.Join("|", CreditLabels.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    public static bool IsWeekday(string word) => CalendarWords.Weekdays.ContainsKey(word.Trim(',', '.', ' '));

    /// <summary>True when <paramref name="name"/> is a known agency or reads as the name of a news medium.</summary>
    public static bool LooksLikeMedium(string name) =>
        WireAgencies.Contains(name) || name.Split(' ').Any(w => MediaWords.Contains(w)) || OutletNames.IsDomainLike(name)
        || Metadata.OutletDirectory.FindByAlias(name) is not null;

    private static Regex CueAtEnd(IEnumerable<string> cues) =>
        new($@"\b(?:{string.Join("|", cues)})\b[\s:,]*$", Options);

    private static IEnumerable<string[]> Rows(string file) => KabarResources.Rows(Folder + file, minColumns: 2);
}
