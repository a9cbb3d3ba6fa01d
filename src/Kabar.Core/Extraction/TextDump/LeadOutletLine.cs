namespace Kabar.Extraction.TextDump;

/// <summary>
/// A name a lead's dateline gives, in its place in the head, as template learning counts it: a line
/// of its own kind beside the page's short lines, so the counts a store keeps carry it without a
/// table of their own. The mark cannot open a line of a page: lines are counted as printed, and
/// no printed line starts with a control character (<see cref="TextDumpPage"/> drops them).
/// </summary>
internal static class LeadOutletLine
{
    private const string Mark = "\u0001lead-";

    public static string Of(string name, LeadPosition position) => TemplateLines.Normalize($"{Mark}{position} {name}");

    public static bool IsOne(string line) => line.StartsWith(Mark, StringComparison.Ordinal);

    /// <summary>The position a counted line stands for; null for a page's own line.</summary>
    public static LeadPosition? PositionOf(string line)
    {
        if (!IsOne(line)) return null;
        var end = line.IndexOf(' ', Mark.Length);
        return end > 0 && Enum.TryParse<LeadPosition>(line.AsSpan(Mark.Length, end - Mark.Length), ignoreCase: true, out var p) ? p : null;
    }

    /// <summary>
    /// The lead names of one outlet that are its outlet's name: in brackets, any seen on enough pages;
    /// of the two places of a comma head, only names in the place whose most frequent name is the more
    /// frequent, since an outlet signs every page the same way and its places vary ('Portal Jaya, Ternate -'
    /// against 'JAYAPURA, SUARA PAGI -').
    /// </summary>
    public static IEnumerable<string> Decide(IEnumerable<KeyValuePair<string, int>> lines, int minPages)
    {
        var counted = lines.Select(l => (l.Key, l.Value, Position: PositionOf(l.Key))).Where(l => l.Position is not null && l.Value >= minPages).ToList();
        int Top(LeadPosition p) => counted.Where(l => l.Position == p).Select(l => l.Value).DefaultIfEmpty(0).Max();
        var first = Top(LeadPosition.First);
        var after = Top(LeadPosition.AfterComma);
        LeadPosition? comma = first > after ? LeadPosition.First : after > first ? LeadPosition.AfterComma : null;
        return counted.Where(l => l.Position == LeadPosition.InBrackets || l.Position == comma).Select(l => l.Key);
    }
}
