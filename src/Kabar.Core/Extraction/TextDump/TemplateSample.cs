namespace Kabar.Extraction.TextDump;

/// <summary>
/// What one text dump tells template learning: the outlet it names (its key, "" when unknown), its
/// short lines, normalised (<see cref="TemplateLines.Normalize"/>), each once, and the names its lead's
/// dateline gives in each place of its head (<see cref="LeadOutletLine"/>). Made by the same reading that
/// extraction does, so a page counted before extraction and the page extracted agree.
/// </summary>
public sealed record TemplateSample(string OutletKey, IReadOnlyList<string> Lines)
{
    internal static TemplateSample Of(TextDumpPage page)
    {
        var lines = page.Lines.Where(l => l.Length is > 0 and <= TemplateCounts.MaxLineChars).Select(TemplateLines.Normalize);
        if (page.Lead is { } lead) lines = lines.Concat(LeadDateline.Candidates(lead).Select(c => LeadOutletLine.Of(c.Name, c.Position)));
        return new(page.Outlet?.Key ?? "", lines.Distinct(StringComparer.Ordinal).ToList());
    }
}
