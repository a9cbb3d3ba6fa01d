using System.Text.RegularExpressions;
using Kabar.Language;
using Kabar.Extraction.Metadata;
using Kabar.Model;

namespace Kabar.Extraction.TextDump;

/// <summary>What a credit line of a page states: people, sources and times.</summary>
internal sealed record CreditLine(
    IReadOnlyList<string> Authors,
    IReadOnlyList<string> Editors,
    IReadOnlyList<string> Wires,
    IReadOnlyList<string> Photos,
    PageTime? Published,
    PageTime? Modified)
{
    public bool HasPeople => Authors.Count + Editors.Count + Wires.Count + Photos.Count > 0;

    private const int MaxChars = 200;
    private static readonly Regex Label = new($@"(?<![\p{{L}}\d])(?<label>{TextDumpCues.LabelPattern})\s*:\s*", TextDumpCues.Options);
    private static readonly Regex ByPrefix = new($@"^(?:{TextDumpCues.BylinePrefixPattern})\s+", TextDumpCues.Options);
    private static readonly Regex DateCues = new($@"\b(?:{TextDumpCues.DateCuePattern})\b", TextDumpCues.Options);
    private static readonly Regex Separators = new(@"^[\s|/,;:•·\-–—]+|[\s|/,;:•·\-–—]+$", PatternCompilation.Option);
    private static readonly Regex NameSplit = new(@"\s*(?:,|;|&|\s+dan\s+|\s+and\s+)\s*", TextDumpCues.Options);
    private static readonly Regex SourceSplit = new(@"\s*(?:/|,|;|&|\s+dan\s+|\s+and\s+)\s*", TextDumpCues.Options);
    private static readonly Regex SignOff = new(@"^\((?<ini>[A-Za-z]{2,6}(?:\s*[/,]\s*[A-Za-z]{2,6}){0,3})\)\.?$", RegexOptions.CultureInvariant | PatternCompilation.Option);
    private static readonly Regex NameThenDate = new(@"^[^\d|/,\-–—]{2,80}\s(?:[|/,\-–—]|\s-)\s*\D{0,20}\d", RegexOptions.CultureInvariant | PatternCompilation.Option);
    private static readonly HashSet<string> NameParticles = new(["bin", "binti", "van", "von", "de", "der", "da", "al", "el", "la", "le"], StringComparer.Ordinal);

    /// <summary>
    /// Reads a credit line: 'Sumber: Reuters | Editor: X', 'Red: X', 'oleh X diperbarui 03 Feb 2022,
    /// 08:03 WIB', 'Name - 23 Desember 2021 12:30 WIB', or a date alone. Null when the line is not one.
    /// </summary>
    public static CreditLine? Parse(string line)
    {
        if (line.Length > MaxChars) return null;
        var dates = PageDateParser.FindAll(line);
        var people = new People();
        var labels = Label.Matches(line);
        if (labels.Count > 0)
        {
            if (Clean(StripDates(line[..labels[0].Index], dates, 0)).Length > 0) return null;
            for (var i = 0; i < labels.Count; i++)
            {
                var start = labels[i].Index + labels[i].Length;
                var end = i + 1 < labels.Count ? labels[i + 1].Index : line.Length;
                var value = Clean(StripDates(line[start..end], dates, start));
                var cut = value.IndexOf('|');
                if (cut >= 0) value = Clean(value[..cut]);
                if (value.Length == 0) continue;
                if (!people.Add(TextDumpCues.CreditLabels[labels[i].Groups["label"].Value], value)) return null;
            }
        }
        else if (ByPrefix.Match(line) is { Success: true } by)
        {
            var names = Clean(DateCues.Replace(StripDates(line[by.Length..], dates, by.Length), " "));
            if (!people.Add("author", names)) return null;
        }
        else if (dates.Count > 0)
        {
            var rest = Clean(DateCues.Replace(StripDates(line, dates, 0), " "));
            rest = Clean(string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !TextDumpCues.IsWeekday(w))));
            // 'Name - 23 Desember 2021 12:30 WIB': a name set apart from the date, not a headline that mentions a date.
            if (rest.Length > 0 && (!NameThenDate.IsMatch(line) || rest.Split(' ').Length > 8 || !people.Add("author", rest))) return null;
        }
        else return null;

        PageTime? published = null, modified = null;
        foreach (var d in dates)
        {
            if (TextDumpCues.ModifiedCue.IsMatch(line[..d.Index])) modified ??= d.Time;
            else published ??= d.Time;
        }
        if (!people.Any && published is null && modified is null) return null;
        return new CreditLine(people.Authors, people.Editors, people.Wires, people.Photos, published, modified);
    }

    /// <summary>'(FJR)', '(ant/ris)': the initials a desk signs an article off with.</summary>
    public static IReadOnlyList<string>? SignOffInitials(string line)
    {
        var m = SignOff.Match(line.Trim());
        return m.Success ? m.Groups["ini"].Value.Split('/', ',').Select(s => s.Trim()).ToList() : null;
    }

    private static string StripDates(string text, IReadOnlyList<PageDateParser.Found> dates, int offset)
    {
        var chars = text.ToCharArray();
        foreach (var d in dates)
            for (var i = Math.Max(d.Index - offset, 0); i < Math.Min(d.Index + d.Length - offset, chars.Length); i++)
                chars[i] = ' ';
        return new string(chars);
    }

    private static string Clean(string text) => Separators.Replace(Regex.Replace(text, @"\s+", " "), "").Trim();

    /// <summary>Looks like personal names: capitalised words, or initials, or an outlet's domain.</summary>
    private static bool IsName(string name)
    {
        if (name.Length is 0 or > 60) return false;
        if (OutletNames.IsDomainLike(name)) return true;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6) return false;
        return words.All(w => NameParticles.Contains(w) || (char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '\'' or '’' or '-')))
            && !words.Any(TextDumpCues.IsWeekday);
    }

    private sealed class People
    {
        public List<string> Authors { get; } = [];
        public List<string> Editors { get; } = [];
        public List<string> Wires { get; } = [];
        public List<string> Photos { get; } = [];
        public bool Any => Authors.Count + Editors.Count + Wires.Count + Photos.Count > 0;

        public bool Add(string role, string value)
        {
            switch (role)
            {
                case "wire":
                    var sources = SourceSplit.Split(value).Select(Clean).Where(s => s.Length > 0).ToList();
                    if (sources.Count == 0 || sources.Any(s => s.Length > 50)) return false;
                    Wires.AddRange(sources);
                    return true;
                case "photo":
                    if (value.Length > 60) return false;
                    Photos.Add(value);
                    return true;
                default:
                    var names = NameSplit.Split(value).Select(Clean).Where(s => s.Length > 0).ToList();
                    if (names.Count == 0 || !names.All(IsName)) return false;
                    (role == "editor" ? Editors : Authors).AddRange(names);
                    return true;
            }
        }
    }
}
