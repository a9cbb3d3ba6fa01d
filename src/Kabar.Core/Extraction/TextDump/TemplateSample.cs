namespace Kabar.Extraction.TextDump;

/// <summary>
/// What one text dump tells template learning: the outlet it names (its key, "" when unknown) and its
/// short lines, normalised (<see cref="TemplateLines.Normalize"/>), each once. Made by the same
/// reading that extraction does, so a page counted before extraction and the page extracted agree.
/// </summary>
public sealed record TemplateSample(string OutletKey, IReadOnlyList<string> Lines)
{
    internal static TemplateSample Of(TextDumpPage page) => new(page.Outlet?.Key ?? "",
        page.Lines.Where(l => l.Length is > 0 and <= TemplateCounts.MaxLineChars).Select(TemplateLines.Normalize).Distinct(StringComparer.Ordinal).ToList());
}
