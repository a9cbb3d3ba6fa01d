using System.Collections.Frozen;

namespace Kabar.Extraction.TextDump;

/// <summary>
/// The lines a batch showed to be an outlet's template: seen on many pages of that outlet. Made by
/// <see cref="TemplateLineEstimator"/> from the whole batch before any page is extracted, immutable,
/// shared by every page.
/// </summary>
internal sealed class TemplateLines
{
    public static readonly TemplateLines None = new(FrozenDictionary<string, FrozenSet<string>>.Empty);

    private readonly FrozenDictionary<string, FrozenSet<string>> _byOutlet;

    internal TemplateLines(FrozenDictionary<string, FrozenSet<string>> byOutlet) => _byOutlet = byOutlet;

    public int Count => _byOutlet.Values.Sum(s => s.Count);

    public bool Contains(string outletKey, string line) =>
        _byOutlet.TryGetValue(outletKey, out var lines) && lines.Contains(Normalize(line));

    /// <summary>Case, digits and spacing folded, so 'Senin, 3 Januari' and 'Selasa, 4 Januari' templates still meet.</summary>
    internal static string Normalize(string line)
    {
        var chars = new char[Math.Min(line.Length, TemplateLineEstimator.MaxLineChars)];
        var n = 0;
        var space = false;
        foreach (var c in line.AsSpan(0, chars.Length))
        {
            if (char.IsWhiteSpace(c)) { space = n > 0; continue; }
            if (space) { chars[n++] = ' '; space = false; }
            chars[n++] = char.IsDigit(c) ? '0' : char.ToLowerInvariant(c);
        }
        return new string(chars, 0, n);
    }
}

/// <summary>
/// Learns <see cref="TemplateLines"/> from a batch: a short line that recurs on at least
/// <see cref="MinPages"/> pages and <see cref="MinShare"/> of the pages of one outlet is part of
/// that outlet's template (menus, tickers, promos, sign-up prompts), not of any article.
/// </summary>
internal static class TemplateLineEstimator
{
    public const int MinPages = 3;
    public const double MinShare = 0.4;
    /// <summary>Longer lines are prose; two pages sharing a paragraph share a source, not a template.</summary>
    public const int MaxLineChars = 200;

    public static TemplateLines Fit(IEnumerable<(string OutletKey, IReadOnlyList<string> Lines)> pages)
    {
        var byOutlet = new Dictionary<string, (int Pages, Dictionary<string, int> Seen)>();
        foreach (var (key, lines) in pages)
        {
            if (!byOutlet.TryGetValue(key, out var group)) byOutlet[key] = group = (0, new Dictionary<string, int>());
            group.Pages++;
            byOutlet[key] = group;
            foreach (var line in lines.Where(l => l.Length is > 0 and <= MaxLineChars).Select(TemplateLines.Normalize).Distinct())
                group.Seen[line] = group.Seen.GetValueOrDefault(line) + 1;
        }
        return new TemplateLines(byOutlet
            .Where(g => g.Value.Pages >= MinPages)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Value.Seen.Where(s => s.Value >= MinPages && s.Value >= MinShare * g.Value.Pages).Select(s => s.Key).ToFrozenSet()));
    }
}
