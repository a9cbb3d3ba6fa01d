using System.Text.RegularExpressions;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// A text dump split into lines with spacing folded (no-break and zero-width spaces too), and the
/// outlet it names. Made for every text page of a batch before template learning.
/// </summary>
internal sealed record TextDumpPage(string Source, IReadOnlyList<string> Lines, OutletMatch? Outlet)
{
    /// <summary>How far into a page the lead (with its dateline) is looked for.</summary>
    private const int LeadSearchLines = 60;
    private static readonly Regex PoweredBy = new($@"^(?:{TextDumpCues.CopyrightCuePattern})\s*(?:©|\(c\))?\s*(?:\d{{4}}\s*)?(?<name>[^|,]{{2,40}}?)\.?(?:\s*[|,].*)?$",
        TextDumpCues.Options);
    private static readonly Regex BylineStart = new($@"^(?:{TextDumpCues.BylinePrefixPattern})\s", TextDumpCues.Options);

    public static TextDumpPage Read(string source, string text, CancellationToken cancel)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n') continue;
            if ((lines.Count & 1023) == 0) cancel.ThrowIfCancellationRequested();
            lines.Add(Fold(text.AsSpan(start, i - start)));
            start = i + 1;
        }
        return new TextDumpPage(source, lines, FindOutlet(lines));
    }

    private static string Fold(ReadOnlySpan<char> line)
    {
        var sb = new System.Text.StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD' or '\u200E' or '\u200F' or '\u2060') { space = sb.Length > 0; continue; }
            if (char.IsControl(c)) continue;
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>The page's own address: a line near the top that is one URL, as crawlers' dumps begin.</summary>
    public string? Url => Lines.Take(5).FirstOrDefault(l => OutletNames.UrlHost(l) is not null);

    /// <summary>The first long line near the top: where the lead, with its dateline, is looked for before the page is laid out.</summary>
    public string? Lead => LeadOf(Lines);

    private static string? LeadOf(IEnumerable<string> lines) => lines.Take(LeadSearchLines).FirstOrDefault(l => l.Length >= 60);

    /// <summary>
    /// The outlet, from what the page prints: the lead's dateline ('KONTAN.CO.ID - ...'), a line that
    /// is a bare domain or a URL, a 'Powered by' or copyright line, an 'oleh X' byline. A known profile wins
    /// over an unknown domain.
    /// </summary>
    private static OutletMatch? FindOutlet(List<string> lines)
    {
        var found = new List<OutletMatch>();
        var lead = LeadOf(lines);
        if (lead is not null && LeadDateline.Find(lead)?.OutletToken is { } token && OutletNames.Resolve(token) is { } fromDateline)
            found.Add(fromDateline);
        foreach (var line in lines.Where(l => l.Length is > 3 and <= 300))
        {
            if (OutletNames.IsDomainLike(line) && OutletNames.Resolve(line) is { } fromDomain) found.Add(fromDomain);
            else if (OutletNames.UrlHost(line) is { } host && OutletNames.Resolve(host) is { } fromUrl) found.Add(fromUrl);
            else if (PoweredBy.Match(line) is { Success: true } p && OutletNames.Resolve(p.Groups["name"].Value) is { } fromCopyright) found.Add(fromCopyright);
            else if (BylineStart.IsMatch(line) && CreditLine.Parse(line) is { } credit)
                found.AddRange(credit.Authors.Select(OutletNames.Resolve).OfType<OutletMatch>());
        }
        return found.FirstOrDefault(o => Metadata.OutletDirectory.FindByAlias(o.Name) is not null) ?? found.FirstOrDefault();
    }
}
